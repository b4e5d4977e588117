"""A period said with its own length: 'over a 31-day month', 'across a 52-week year', 'in a 5-day week', 'over a
12-month contract', 'a 40-hour week'.

'a 31-day month' is exactly 31 days and 'a 12-month contract' 12 months, so a rate 'a day' over it is that many days
of it; the readers know '31 days' but not a period sized by a hyphened count. When the request cannot be read as
written it is read again with each such period said as its count of the unit ('31 days', '52 weeks'), whatever it
is called ('a 6-week course'; never 'a 2-year-old'), and answered only when that reading accounts for every number
in it.
"""

from __future__ import annotations

import re

_SIZED = re.compile(
    r"\b(?:a|an|one|the|my|our|his|her|their|your)\s+(\d{1,4})[- ](day|week|month|year|hour|minute|night|shift)[- ]"
    r"(?!old\b)([a-z]{3,15})\b",
    re.IGNORECASE,
)


def as_counted(text: str) -> str | None:
    """``text`` with each period sized by a count said as that count of the smaller unit, or None if it has none."""
    said = _SIZED.sub(lambda m: f"{m[1]} {m[2].lower()}{'' if m[1] == '1' else 's'}", text)
    return None if said == text else said
