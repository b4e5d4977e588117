"""The point, come back to after a story: 'Bit of a long one, sorry. Saturday at the market was mad busy, I ran out of
change twice. Anyway, I sold 86 jars at £7.50 each plus 12 comb sections at £9.25. What did I take in total?'.

'Anyway', 'anyhow' and 'long story short' opening a sentence say that what came before was the story around the
request, not part of it. When the request cannot be read as written, it is read again from the word on, but only
when what is set aside holds no figure (no digit, currency sign or percentage): a figure before the turn may be one
the request needs, and then it is declined as before. What is left must account for every number in it.
"""

from __future__ import annotations

import re

_TURN = re.compile(
    r"(?:^|[.!?]\s+|[,;]\s+)(?:(?:so|but|and|right|ok|okay)\s*,?\s+)?"
    r"(?:anyway|anyways|anyhow|long\s+story\s+short|to\s+cut\s+a\s+long\s+story\s+short)\s*[,:-]?\s+",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"[0-9£$€¥₹%]")


def after_turn(text: str) -> str | None:
    """What ``text`` says after its last turn back to the point, when nothing before it is a figure; else None."""
    turns = list(_TURN.finditer(text))
    if not turns:
        return None
    turn = turns[-1]
    if _FIGURE.search(text, 0, turn.start()) or not text[turn.end() :].strip():
        return None
    return text[turn.end() :]
