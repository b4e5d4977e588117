"""Where the speaker stands, said beside the place it stands for: "up here at altitude", "down here in the valley".

"Water boils at a higher temperature up here at altitude" claims what it would claim without "up here": the
place is said right after it ("at altitude"), so "up here" only points at it, and a note never says "up here".
Only a "here" followed by the place it stands for is dropped; a bare "here" ("it snows a lot round here") is
left, so the claim still says that it holds somewhere, not everywhere.

Every regex here is linear: one bounded alternation, no nested quantifiers.
"""

from __future__ import annotations

import re

_HERE = re.compile(
    r"\b(?:(?:up|down|out|over|round|around|back)\s+)?here\s*,?\s+(?=(?:at|in|on|by|near)\s+(?!(?:the\s+)?(?:moment|"
    r"time|end|past|future|first|same)\b)\w)",
    re.I,
)


def without_here(claim: str) -> str:
    """``claim`` without a "here" that points at the place said after it."""
    return _HERE.sub("", claim)
