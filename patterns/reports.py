"""Reports: a message that tells its reader something about "it" reports on the material, it does not work on it.

"Review this function and write a short message to my colleague Ben saying I've looked at it: ```<code>```" asks
for a review of the code and a message to Ben. The "it" of the message is inside what the message tells Ben ("I've
looked at it"): the message says the code was looked at; it is not written from the code. Handed the code, the
writer had a function to turn into a message; its facts are in its own clause.

``reports_on_it`` reads a clause that writes a message ("write a note to Ben", "email my manager") and finds where
what it tells begins ("saying", "to say", "telling them", "letting her know", "that"). When the only words that
point at material come after that, and are "it" or "them", the message reports on the material. A message that
works on the material before telling anything ("Write a note about it saying ...", "Turn this into an email"), or
points ahead at it ("... saying the following:", "... saying this:"), takes it as before. Bounded: the opening of
the clause is read.
"""

from __future__ import annotations

import re

from patterns.jobs import writes_message
from patterns.material import WORD

SCAN = 300
"""Only this much of a clause is read."""

_TOLD = re.compile(
    r"\b(?:saying|to\s+say|telling\s+\w+|to\s+tell\s+\w+|letting\s+\w+\s+know|to\s+let\s+\w+\s+know|that)\b",
    re.IGNORECASE,
)
# "Email my manager to say ...", "Text my sister that ...": a message named by the verb that sends it, to someone.
_SENDS = re.compile(
    r"^\W*(?:please\s+)?(?:email|e-mail|text|message|dm|ping|reply\s+to|write\s+to)\s+(?!(?:this|these|it|them)\b)"
    r"(?:my|our|the|[A-Z])",
    re.IGNORECASE,
)
# Words that point at material; those that point ahead at a text still to come.
_POINTERS = frozenset("it them this these following below above".split())
_AHEAD = frozenset("this these following below above".split())


def reports_on_it(clause: str) -> bool:
    """Whether ``clause`` writes a message whose only pointer at material ("it", "them") is inside what the message
    tells ("... saying I've looked at it"): the message reports on the material rather than working on it."""
    head = clause[:SCAN]
    if not writes_message(head) and _SENDS.match(head) is None:
        return False
    told = _TOLD.search(head)
    if told is None or _POINTERS & set(WORD.findall(head[: told.start()].lower())):
        return False
    said = set(WORD.findall(head[told.end() :].lower()))
    return bool(said & _POINTERS) and not said & _AHEAD


__all__ = ["reports_on_it"]
