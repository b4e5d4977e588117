"""A request to see the working: 'Can you solve 5(x - 2) = 3x + 8 and show the steps?', '..., show your working',
'step by step please'.

Every answer the calculator gives carries its steps, so such a request is already met; it says how to answer, not
what to work out. When the request cannot be read with it, it is read again without that phrase, and answered only
when what is left accounts for every number in it.
"""

from __future__ import annotations

import re

_SHOW = re.compile(
    r"\b(?:(?:and|then|also|please|pls)\s+)?(?:(?:can|could)\s+you\s+)?"
    r"(?:show|explain|give|list|include|write\s+out)\s+(?:me\s+|us\s+)?(?:all\s+)?(?:the\s+|your\s+|each\s+)?"
    r"(?:steps|working|workings|work|method|calculation)\b"
    r"|\b(?:with\s+(?:the\s+|all\s+the\s+)?(?:steps|working|workings)\b|step\s+by\s+step\b)",
    re.IGNORECASE,
)
_BEFORE = " \t\n,;:-"


def without_working(text: str) -> str | None:
    """``text`` without its requests to show the working, or None when it makes none."""
    pieces: list[str] = []
    done = 0
    for match in _SHOW.finditer(text):
        pieces.append(text[done : match.start()].rstrip(_BEFORE))  # the pause before the phrase goes with it
        done = match.end()
    if not pieces:
        return None
    return "".join(pieces) + text[done:]
