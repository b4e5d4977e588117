"""Parts with their own content: a part of a request that brings what it works on takes none of the material pasted
beside it.

"Review this snippet and write a quick email to my team saying code freeze starts Wednesday at noon ```<code>```":
the email says what its clause tells ("code freeze starts Wednesday at noon"); handed the code as well, a writer has
a function to turn into prose. "Review this code and also find our internal secure-coding policy document for the
payments team: ```<code>```": the document is looked for elsewhere; handed the code, the part reads as a review of
it, and a second review answers where a search was asked.

``tells_its_own`` reads a clause that writes a message and tells something ("saying ...", "telling them ...", "that
...") in words that point at no material; ``looks_elsewhere`` reads a clause that opens by finding or looking up
something, pointing at no material. Either is left without the material another part of the request points at.
Bounded: the opening of the clause is read.
"""

from __future__ import annotations

import re

from patterns.jobs import writes_message
from patterns.material import WORD

SCAN = 300
"""Only this much of a clause is read."""
TOLD_WORDS = 3
"""What a message tells is its own content when it runs to at least this many words."""

_TOLD = re.compile(
    r"\b(?:saying|to\s+say|telling\s+\w+|to\s+tell\s+\w+|letting\s+\w+\s+know|to\s+let\s+\w+\s+know|that)\s",
    re.IGNORECASE,
)
_POINTERS = frozenset("it them this these following below above attached".split())
_LOOKS = re.compile(
    r"^\W*(?:(?:please|also|and|then|can\s+you|could\s+you)\s+)*(?:find|look\s+up|search\s+for|locate|dig\s+up"
    r"|pull\s+up|track\s+down)\s+(?:me\s+)?(?:our|my|the|a|an|any)\s",
    re.IGNORECASE,
)


def tells_its_own(clause: str) -> bool:
    """Whether ``clause`` writes a message that tells something of its own ("... saying code freeze starts
    Wednesday"), pointing at no material anywhere."""
    head = clause[:SCAN]
    told = _TOLD.search(head)
    if told is None or not writes_message(head):
        return False
    words = WORD.findall(head.lower())
    return not _POINTERS & set(words) and len(WORD.findall(head[told.end() :])) >= TOLD_WORDS


def looks_elsewhere(clause: str) -> bool:
    """Whether ``clause`` finds or looks up something ("find our internal policy document for the payments team"),
    pointing at no material anywhere."""
    head = clause[:SCAN]
    return _LOOKS.match(head) is not None and not _POINTERS & set(WORD.findall(head.lower()))


__all__ = ["looks_elsewhere", "tells_its_own"]
