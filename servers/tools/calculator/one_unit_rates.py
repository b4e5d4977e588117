"""A rate said around one unit: 'my tuk does 28 km for one litre', '28 km on a single litre', 'petrol was €1.89 the
litre' — so much for each one of the unit, as 'per litre' says it.

An amount with its unit (or a price), then 'for one', 'on one', 'from one', 'for a single' or (after a price) 'the',
then a unit of measure: read again as 'per' that unit ('the litre' only where its clause ends, not '$30 the day
before'). Only a unit the calculator measures by is read this way ('£5 for one ticket' and 'the £12 the kids paid'
are left as they are), and the request is answered only when the reading with 'per' accounts for itself in full.
"""

from __future__ import annotations

import re

from servers.tools.calculator.quantities import is_money, lookup

_ONE = re.compile(
    r"(?<=[a-zA-Z€£$])\s+(?:for|on|from|with)\s+(?:one|1|a\s+single)\s+(?P<unit>[a-zA-Z]+)\b"
    r"|(?<=[\d€£$])\s+the\s+(?P<priced>[a-zA-Z]+)\b(?=\s*(?:[,.;:!?)]|$|and\b|or\b|plus\b))",
)
_AMOUNT_BEFORE = re.compile(r"(?:[£$€]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?(?:[a-zA-Z]+|[£$€]))$")
_PRICE_BEFORE = re.compile(r"[£$€]\s?\d[\d,.]*$|\d[\d,.]*\s?[£$€]$")
_NEAR = 40
"""How far before 'for one litre' the amount is looked for: searched back from the end over the whole text, the
patterns above would take time growing with the square of a long run of digits."""


def as_per(text: str) -> str | None:
    """``text`` with each rate around one unit said with 'per', or None when it says none."""
    parts: list[str] = []
    at = 0
    for match in _ONE.finditer(text):
        word = match["unit"] or match["priced"]
        unit = lookup(word.lower(), short=False)
        before = text[max(0, match.start() - _NEAR) : match.start()]  # the amount is right before: a bounded look
        if unit is None or unit.per is not None or is_money(unit) or not _AMOUNT_BEFORE.search(before):
            continue
        if match["priced"] and not _PRICE_BEFORE.search(before):
            continue  # 'the' makes a rate only of a price: '€1.89 the litre', not '12 kg the bag'
        parts.append(f"{text[at : match.start()]} per {word}")
        at = match.end()
    return None if not parts else "".join(parts) + text[at:]
