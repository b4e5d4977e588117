"""A period said with its own length: 'over a 31-day month', 'across a 52-week year', 'in a 5-day week'.

'a 31-day month' is exactly 31 days, so a rate 'a day' over it is that many days of it; the readers know '31 days'
but not a month sized by a hyphened count. When the request cannot be read as written it is read again with each
such period said as its count of the smaller unit ('31 days', '52 weeks'), and answered only when that reading
accounts for every number in it.
"""

from __future__ import annotations

import re

_SIZED = re.compile(
    r"\b(?:a|an|one|the)\s+(\d{1,4})[- ](day|week|month|hour|minute|night|shift)[- ]"
    r"(week|fortnight|month|year|term|season|semester|quarter|period|cycle|shift|stay|trip|tour|run|stint|rota)\b",
    re.IGNORECASE,
)


def as_counted(text: str) -> str | None:
    """``text`` with each period sized by a count said as that count of the smaller unit, or None if it has none."""
    said = _SIZED.sub(lambda m: f"{m[1]} {m[2].lower()}{'' if m[1] == '1' else 's'}", text)
    return None if said == text else said
