"""A remark after the question on what becomes of what is left over: 'How many full 454 g jars will that fill?
Whatever's left over goes on my porridge.' It holds no figure and asks nothing; it says the part left is not
counted, which is what a count of whole jars, tins or pieces does anyway.

The request is read again without it, and answered only when that reads in full.
"""

from __future__ import annotations

import re

_TAIL = re.compile(r"\?\s*([^?]*)$")
_LEFT = re.compile(r"\b(?:left\s*over|leftovers?|the\s+rest|what'?s\s+left|whatever'?s\s+left)\b", re.IGNORECASE)
_FIGURE = re.compile(r"[0-9£$€¥₹%]")
_ASKING = re.compile(r"\b(?:how|what|which|also|and\s+then|plus)\b(?!'?s\s+left)", re.IGNORECASE)


def without_leftover_remark(text: str) -> str | None:
    """``text`` up to its question when all after it is a remark on what is left over; else None."""
    tail = _TAIL.search(text)
    if tail is None or not tail[1].strip():
        return None
    remark = tail[1]
    if _FIGURE.search(remark) or not _LEFT.search(remark) or _ASKING.search(_LEFT.sub("", remark)):
        return None
    return text[: tail.start() + 1]
