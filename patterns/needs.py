"""Needs: "How much paint do I need for the living room?" asks for a quantity worked out for the user's own thing.

How much or how many of something the user needs for a thing of theirs ("for the living room", "for my
hallway", "for the drive down to Cornwall") is worked out from that thing's measurements: the calculator's job,
which asks for them when the request does not give them. Asked for a thing in general ("How much flour do I need
for a sourdough loaf?") it is a fact of the world, and this reading does not apply. ``needs_head`` says such a
question as the sum it asks for, so the router reads its verb as well as its topic.
"""

from __future__ import annotations

import re

SCAN = 200
"""Only this much of a request's opening is read."""

_NEEDED = re.compile(
    r"^(?:(?:please|can\s+you|could\s+you|would\s+you)\s+)*(?:(?:work\s+out|figure\s+out|calculate|tell\s+me)\s+)?"
    r"how\s+(?P<much>much|many)\s+(?P<what>[\w'-]+(?:\s+[\w'-]+){0,2}?)\s+(?:do|will|would|shall|should)?\s*"
    r"(?P<who>i|we)(?:'ll|\s+will|\s+would)?\s+need\s+(?P<rest>for\s+(?:the|my|our)\s+[^?]{1,80})\?*\s*$",
    re.IGNORECASE,
)


def needs_head(instruction: str) -> str | None:
    """ "How much paint do I need for the living room?" said as the sum it asks for ("Calculate how much paint I
    need for the living room"); ``None`` for a question that does not ask a quantity for the user's own thing."""
    found = _NEEDED.match(instruction.strip()[:SCAN])
    if found is None:
        return None
    much, what, who, rest = found.group("much", "what", "who", "rest")
    return f"Calculate how {much.lower()} {what} {who} need {rest}".rstrip(" .")


__all__ = ["needs_head"]
