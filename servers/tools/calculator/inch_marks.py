"""'in' written for inches: 'What's 42 in in centimetres?', '30 in to cm'.

After a number, 'in' is a preposition ('42 in a box') as often as it is the inch, so the tokenizer leaves it a
word. Followed at once by a second 'in', 'into' or 'to' and a unit, the first can only be the inch: the request
is read again with it spelled out, and answered only when that reads in full.
"""

from __future__ import annotations

import re

from servers.tools.calculator.quantities import lookup

_INCH_IN = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s+in\s+(in|into|to)\s+([a-zA-Z]+)", re.IGNORECASE)


def as_inches(text: str) -> str | None:
    """``text`` with each 'in' that can only be the inch written 'inches', or None when it has none."""
    found = False

    def spelled(match: re.Match[str]) -> str:
        nonlocal found
        unit = lookup(match[3].lower())
        if unit is None or unit.dimension != "length":
            return match[0]
        found = True
        return f"{match[1]} inches {match[2]} {match[3]}"

    read = _INCH_IN.sub(spelled, text)
    return read if found else None
