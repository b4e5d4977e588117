"""A factor told as a rate of one unit in another: 'use 1.609 km per mile', '2.2046 lb to the kg', '0.9144 m a
yard' — the same as '1 mile = 1.609 km', which the factor readers read.

A number, a unit, 'per' (or 'to the', 'to a', 'a', 'an', 'in a') and a second unit that measures the same thing
(two lengths, two masses): no rate of one thing per another can be meant, only how big the second unit is. It is
read again said as an equation; anything else is left as it was, and so is a request that asks for rounding,
which the equation's reading does not do when the factor comes after it.
"""

from __future__ import annotations

import re

from servers.tools.calculator.quantities import lookup

_PER_UNIT = re.compile(
    r"\b(?P<size>\d+(?:\.\d+)?)\s*(?P<unit>[a-zA-Z]+)\s+(?:per|to\s+the|to\s+a|in\s+a|an?)\s+(?P<one>[a-zA-Z]+)\b"
)

_ROUNDING = re.compile(r"\b(?:decimal|decimals|dp|d\.p\.|nearest|round|rounded|rounding|significant|sf)\b", re.I)


def as_equation(text: str) -> str | None:
    """``text`` with its one factor told per a unit said as '1 <unit> = <size> <unit>', or None."""
    found = [m for m in _PER_UNIT.finditer(text) if _same_kind(m["unit"], m["one"])]
    if len(found) != 1 or _ROUNDING.search(text):
        return None  # 'to 1 decimal place? Use 1.609 km per mile': the factor's reading does not round
    m = found[0]
    return f"{text[: m.start()]}1 {m['one']} = {m['size']} {m['unit']}{text[m.end() :]}"


def _same_kind(unit: str, one: str) -> bool:
    first, second = lookup(unit.lower(), short=True), lookup(one.lower(), short=False)
    if first is None or second is None or first.per is not None or second.per is not None:
        return False
    return first.key == second.key and first.name != second.name and first.dimension != "temperature"
