"""Shown working: a clause that asks only to see how a sum was worked out is part of that sum.

"Solve 5(x - 2) = 3x + 8 and show the steps", "What is 3/8 of 1,200? Please show your working", "Divide 1,450 by
25 and explain each step": the steps are how the calculator answers, not a second job for someone who explains
things. ``shows_the_working`` says whether a clause asks for nothing but that; a clause that asks for more
("explain the history of algebra", "show the steps to the class in a slide") is no such clause. Bounded and
linear: a clause longer than ``LONGEST`` characters is none, and the pattern is a plain alternation.
"""

from __future__ import annotations

import re

LONGEST = 90
"""A clause asking only for the working is short; a longer one asks for more."""

_POLITE = r"(?:(?:and|also|then|so|please|pls|plz|kindly|can\s+you|could\s+you|would\s+you|will\s+you)[\s,]+){0,3}"
_WHOSE = r"(?:the|your|all\s+the|all\s+your|each|every|me\s+the|me\s+your|me\s+each|us\s+the|us\s+your|us\s+each)\s+"
_WORKING = (
    r"(?:steps?|working|workings|work|workings?\s+out|method|calculations?|maths|math|sums?|reasoning"
    r"|stages?|step\s+by\s+step)"
)
_HOW = (
    r"(?:me\s+|us\s+)?how\s+(?:you\s+(?:got|get|worked|work|did|found|reached|arrived\s+at|came\s+to)"
    r"(?:\s+(?:it|that|this|there|the\s+answer|the\s+result|the\s+total|the\s+figure|each\s+step))?(?:\s+out)?"
    r"|it(?:'s|\s+is|\s+was)\s+(?:done|worked\s+out|calculated)|to\s+(?:get|work\s+it\s+out|do\s+it))"
)
_SHOWS = re.compile(
    rf"^{_POLITE}(?:"
    rf"(?:show|explain|give|list|include|write\s+out|set\s+out|lay\s+out|talk\s+me\s+through|walk\s+me\s+through"
    rf"|take\s+me\s+through|go\s+through)\s+(?:{_WHOSE}{_WORKING}|{_HOW})"
    r"|(?:do\s+it\s+|work\s+it\s+out\s+|go\s+)?step[\s-]+by[\s-]+step"
    r")(?:\s+(?:please|pls|plz|too|as\s+well|thanks|thank\s+you|for\s+me|for\s+us|so\s+i\s+can\s+follow))*"
    r"[\s,]*[.?!]*\s*$",
    re.IGNORECASE,
)


def shows_the_working(clause: str) -> bool:
    """Whether ``clause`` asks for nothing but the working of a sum ("and show the steps", "Show me how you got
    it.", "Please explain each step?"); "show the steps to the class in a slide" asks for more, and is not."""
    text = clause.strip()
    return len(text) <= LONGEST and _SHOWS.match(text) is not None


__all__ = ["shows_the_working"]
