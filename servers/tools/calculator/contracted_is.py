"""'is' said as 's' before a measure: "Pool's 25 metres.", "The tank's 40 litres", "It's 5.6 m long".

Before a number and a unit, a noun with 's says what the thing measures ('the pool is 25 metres'); an owner's 's
is followed by what is owned, which a unit is not ('Tom's 3 kids'). The request is read again with 'is' written
out, and answered only when that reads in full.
"""

from __future__ import annotations

import re

from servers.tools.calculator.quantities import lookup

_CONTRACTED = re.compile(r"\b([A-Za-z]{2,})['’]s\s+(\d[\d,]*(?:\.\d+)?)\s*([A-Za-z]+)\b")


def as_is(text: str) -> str | None:
    """``text`` with each "<noun>'s <number> <unit>" written "<noun> is <number> <unit>"; None when it has none."""
    found = False

    def written(match: re.Match[str]) -> str:
        nonlocal found
        unit = lookup(match[3].lower(), short=True)
        if unit is None or unit.dimension.startswith("money"):
            return match[0]
        found = True
        return f"{match[1]} is {match[2]} {match[3]}"

    read = _CONTRACTED.sub(written, text)
    return read if found else None
