"""Measures said the way people say them, put the way the readers read them: 'the 38-mile airport run' (38 miles),
'at an average speed of 48 km/h' (at 48 km/h), '210 miles in 3h30' (3 h 30 min).

Each form says the same quantity in other words: a figure joined to its unit by a hyphen as an adjective, a speed
introduced by what it is ('an average speed of'), hours and minutes run together with the minutes' unit left off.
The request is read again with them said plainly, and answered only when that reading accounts for every figure.
"""

from __future__ import annotations

import re

from servers.tools.calculator.quantities import is_money, lookup

_HYPHENED = re.compile(r"\b(\d+(?:\.\d+)?)-([a-z]+)\b", re.IGNORECASE)
_SPEED_OF = re.compile(
    r"\bat\s+(?:an?\s+)?(?:average\s+|steady\s+|constant\s+|mean\s+)?(?:speed|pace)\s+of\s+(?=\d)", re.IGNORECASE
)
_AVERAGE_OF = re.compile(r"\bat\s+an\s+average\s+of\s+(?=\d)", re.IGNORECASE)
_RUN_TOGETHER = re.compile(r"\b(\d+)h(?:rs?)?([0-5]\d)\b", re.IGNORECASE)


def as_plain(text: str) -> str | None:
    """``text`` with its measures said plainly, or None when it says none of these forms."""
    said = _HYPHENED.sub(_unhyphened, text)
    said = _SPEED_OF.sub("at ", said)
    said = _AVERAGE_OF.sub("at ", said) if _speed_follows(said) else said
    said = _RUN_TOGETHER.sub(r"\1 h \2 min", said)
    return said if said != text else None


def _unhyphened(found: re.Match[str]) -> str:
    measure = lookup(found[2].lower(), short=False)
    if measure is None or is_money(measure):
        return found[0]
    return f"{found[1]} {found[2]}"


def _speed_follows(text: str) -> bool:
    """'at an average of 48 km/h': the figure after 'an average of' is a speed, so the words say only 'at'."""
    for found in _AVERAGE_OF.finditer(text):
        rest = text[found.end() :].split(maxsplit=2)
        unit = rest[1].rstrip("?.,;!") if len(rest) > 1 else ""
        if not (unit in ("mph", "kph", "km/h", "kmh") or unit.endswith("/h")):
            return False
    return True
