"""Live sources: a part that looks up a figure as it stands now, which a later part works on.

"Look up the current Bank of England base rate and then calculate the interest on £20,000 at that rate": offline,
nothing knows today's rate. The look-up alone may be answered with what the library says of base rates in general,
and the user reads that answer as it is; but a later part that works on it ("at that rate", "with that price")
would turn a passage of background into a confident sum, or a message quoting a figure nobody knows. So a look-up
of what holds now (``looks_up_now``) that a later part depends on is declined, and that part is skipped with it.

What holds now is said by a time counted from the moment of asking ("current", "today's", "latest", "right now",
"this week's"); a part that gives its own figures ("today's total is £84") looks nothing up, and a part that
opens with a verb that makes something ("Write a post about today's weather") is not a look-up.
"""

from __future__ import annotations

import re

SCAN = 300
"""Only this much of a part is read."""

# A time counted from the moment of asking.
_NOW = re.compile(
    r"\b(?:current(?:ly)?|today'?s?|tonight'?s?|latest|live|right\s+now|at\s+the\s+moment|as\s+of\s+now"
    r"|this\s+(?:week|month|year)'s|up[\s-]to[\s-]date)\b",
    re.IGNORECASE,
)
# How a part asks to be told something: "Look up", "Find out", "Check", "Get", "What is", "Tell me".
_LOOK_UP = re.compile(
    r"^(?:(?:please|can\s+you|could\s+you|would\s+you|first|first\s+of\s+all|start\s+by|go\s+and|just)[\s,]+){0,3}"
    r"(?:look\s+up|looking\s+up|find(?:\s+out)?|search(?:\s+for)?|check|get|fetch|pull\s+up|google|research"
    r"|tell\s+me|give\s+me|what(?:'s|\s+is|\s+are)|how\s+much\s+is|how\s+high\s+is|which\s+is)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")


def looks_up_now(text: str) -> bool:
    """Whether the part ``text`` asks to look up something as it stands now ("Look up the current Bank of England
    base rate", "Find today's price of gold", "What's the latest inflation figure?"), giving no figure of its own."""
    head = text[:SCAN].strip()
    return _LOOK_UP.match(head) is not None and _NOW.search(head) is not None and _DIGIT.search(head) is None


__all__ = ["looks_up_now"]
