"""Statements a note's sentence implies in other words, read beside the sentence itself.

"The Moon is Earth's only natural satellite" says that the Moon orbits Earth, though no word of "orbits" is in
it; a claim "the Moon orbits the Earth" is spoken to by the note all the same. So a size given as a share of
another body's ("its diameter is ..., a little over a quarter of Earth's") says that it is smaller than that body,
and the bones a skeleton has ("The adult human skeleton has 206 bones") are the bones its body has.
Only notes are read this way, never claims: a claim's own words ("Phobos is Mars's only moon") are checked as they
stand, so what a rule leaves out ("only") can never make a claim read as less than it says.

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


_SHARE_OF = re.compile(
    r"\b(?P<owner>its|(?-i:[A-Z])[\w-]{1,30}['’]s)\s+(?:diameter|radius|width|mass|weight|volume|size)\s+is\s+"
    r"[^.;]{0,60}?\b(?:(?:a\s+)?(?:little|bit)\s+)?(?:(?:just\s+)?(?:over|under)|more\s+than|less\s+than|about|"
    r"roughly|nearly|almost|around)?\s*(?:(?:a|one)\s+)?(?:half|third|quarter|fifth|sixth|tenth|hundredth|fraction)"
    r"\s+of\s+(?P<body>(?-i:[A-Z])[\w-]{1,30})['’]s\b",
    re.I,
)


# "The adult human skeleton has 206 bones": the body's bones, counted.
_SKELETON_BONES = re.compile(
    r"^\W*(?P<whose>(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,2}?)skeleton\s+(?P<has>(?:has|contains|is\s+made\s+up\s+of|"
    r"consists\s+of)\s+[^.;]{0,60}?\bbones\b)",
    re.I,
)


def implied(passage: str) -> list[str]:
    """The statements ``passage`` implies in other words ("The Moon orbits Earth."), none when it implies none."""
    said: list[str] = []
    found = _SATELLITE_OF.match(passage[:400])
    if found is not None:
        thing = found.group("thing") or found.group("thing2")
        body = found.group("body") or found.group("body2")
        said.append(f"{thing} orbits {body}.")
    share = _SHARE_OF.search(passage[:1_000])
    if share is not None:
        owner = share.group("owner")
        thing = "It" if owner.lower() == "its" else owner[:-2]
        said.append(f"{thing} is smaller than {share.group('body')}.")
    bones = _SKELETON_BONES.match(passage[:400])
    if bones is not None:
        said.append(f"{bones.group('whose')}body {bones.group('has')}.")
    return said
