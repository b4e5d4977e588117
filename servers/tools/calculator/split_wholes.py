"""What is split named as everything: 'if they split the whole lot evenly', 'we'll share everything', 'divide it
all four ways'. Each is the total of what the story counts, so the request is read again with 'the total' for it,
and answered only when that reads in full (every amount of the story taken into the total)."""

from __future__ import annotations

import re

_SPLIT_ALL = re.compile(
    r"\b(split|splits|splitting|share|shares|sharing|divide|divides|dividing)\s+"
    r"(?:the\s+(?:whole|entire)\s+(?:lot|amount|thing|sum)|the\s+lot|everything|it\s+all|all\s+of\s+it)\b",
    re.IGNORECASE,
)


def as_total(text: str) -> str | None:
    """``text`` with everything split written 'the total'; None when nothing is split that way."""
    read = _SPLIT_ALL.sub(lambda match: f"{match[1]} the total", text)
    return read if read != text else None
