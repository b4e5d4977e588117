"""Statements a note's sentence implies in other words, read beside the sentence itself.

"The Moon is Earth's only natural satellite" says that the Moon orbits Earth, though no word of "orbits" is in
it; a claim "the Moon orbits the Earth" is spoken to by the note all the same. Only notes are read this way,
never claims: a claim's own words ("Phobos is Mars's only moon") are checked as they stand, so what a rule
leaves out ("only") can never make a claim read as less than it says.

Every regex here is linear: bounded repetitions, no nested quantifiers.
"""

from __future__ import annotations

import re

_BODY = r"(?P<body>(?-i:[A-Z])[\w-]{1,30}(?:\s+(?-i:[A-Z])[\w-]{1,30})?)"
_THING = r"(?P<thing>(?:the\s+)?(?-i:[A-Z])[\w-]{1,30}(?:\s+(?-i:[A-Z])[\w-]{1,30})?)"
_ADJECTIVES = r"(?:(?:only|natural|largest|biggest|smallest|innermost|outermost|main|one)\s+){0,3}"
# "The Moon is Earth's only natural satellite", "Titan, Saturn's largest moon, ...": a satellite orbits its body.
_SATELLITE_OF = re.compile(
    r"^\W*" + _THING + r"(?:\s+is|,)\s+(?:(?:a|an|the|one\s+of)\s+)?" + _BODY + r"['’]s\s+" + _ADJECTIVES
    + r"(?:satellites?|moons?)\b|"
    r"^\W*" + _THING.replace("thing", "thing2") + r"\s+is\s+(?:a|an|the|one\s+of\s+the)\s+" + _ADJECTIVES
    + r"(?:satellites?|moons?)\s+of\s+" + _BODY.replace("body", "body2"),
    re.I,
)  # fmt: skip


def implied(passage: str) -> list[str]:
    """The statements ``passage`` implies in other words ("The Moon orbits Earth."), none when it implies none."""
    found = _SATELLITE_OF.match(passage[:400])
    if found is None:
        return []
    thing = found.group("thing") or found.group("thing2")
    body = found.group("body") or found.group("body2")
    return [f"{thing} orbits {body}."]
