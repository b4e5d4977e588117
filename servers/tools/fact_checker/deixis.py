"""What a claim points at with a word whose meaning lies outside it: "here", "that", "this".

Where the speaker stands, said beside the place it stands for: "up here at altitude", "down here in the valley".

"Water boils at a higher temperature up here at altitude" claims what it would claim without "up here": the
place is said right after it ("at altitude"), so "up here" only points at it, and a note never says "up here".
Only a "here" followed by the place it stands for is dropped; a bare "here" ("it snows a lot round here") is
left, so the claim still says that it holds somewhere, not everywhere.

A claim that ends on "that" or "this" ("Do young people like that?", "Tourists never ask for this") is about a thing
said before it, in words the checker never sees: its subject may be in a note ("Young people can hear ...") while
what it says of them is not, so it is no claim to check (``points_elsewhere``).

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


_ENDS_POINTING = re.compile(r"\b(?:that|this|these|those)\W{0,3}$", re.I)


def points_elsewhere(sentence: str) -> bool:
    """Whether ``sentence`` ends on a "that" or "this" that stands for something said outside it (see above)."""
    return _ENDS_POINTING.search(sentence[-40:]) is not None
