"""Named results: a later step that names the earlier step's values gets those values, said as facts.

"Work out 20% VAT on a £1,450 invoice, then write a short email to my client Mrs Byrne with the VAT and the
total": the calculator's answer is the VAT (£290.00 tax), but its working holds the total too (``values``: bill,
tax, total). The email names both, so it is handed both, each by the name the user gave it: "The VAT is £290.00.
The total is £1,740.00." Handed only the stated answer, the writer reads "with the VAT and £290.00 tax" as a
topic and the total is lost; a calculator asked to "add 10% to the total" would work on the tax.

Only values the step names are said, and only when the earlier result holds each of them: "write the product
description for it" names none, and gets the stated answer as before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import cast

from patterns.worker import Result

VALUES = "values"
"""The data field in which a worker lists the named values of its working ({"bill": 1450, "tax": 290, ...})."""
SCAN = 400
"""Only this much of a step's instruction is read for the values it names."""

# What a user calls each value of a worker's working: "the VAT" is its tax, "the sale price" its total.
_NAMES = {
    "vat": "tax",
    "tax": "tax",
    "sales tax": "tax",
    "total": "total",
    "grand total": "total",
    "total price": "total",
    "final price": "total",
    "sale price": "total",
    "new price": "total",
    "discount": "discount",
    "saving": "discount",
    "tip": "tip",
    "gratuity": "tip",
    "subtotal": "bill",
}
_NAMED = re.compile(
    r"\b(?:the|its|their)\s+("
    + "|".join(sorted((n.replace(" ", r"\s+") for n in _NAMES), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_CURRENCY = {"GBP": "£", "USD": "$", "EUR": "€"}


def named_values(instruction: str, result: Result) -> str | None:
    """The values of ``result``'s working that ``instruction`` names, said as facts ("The VAT is £290.00. The
    total is £1,740.00."); ``None`` when it names none, or one the result does not hold."""
    names = list(dict.fromkeys(" ".join(m.group(1).lower().split()) for m in _NAMED.finditer(instruction[:SCAN])))
    if not names:
        return None
    for part in result.data:
        values = part.get(VALUES)
        if not isinstance(values, Mapping):
            continue
        held = cast("Mapping[str, object]", values)
        unit = part.get("unit")
        facts: list[str] = []
        for name in names:
            value = held.get(_NAMES[name])
            if isinstance(value, bool) or not isinstance(value, int | float):
                return None
            said = "VAT" if name == "vat" else name
            facts.append(f"The {said} is {_amount(value, unit if isinstance(unit, str) else None)}.")
        return " ".join(facts)
    return None


def _amount(value: float, unit: str | None) -> str:
    """A value as the user reads it: money with its sign and pence (£1,740.00), else the number as it is."""
    sign = _CURRENCY.get(unit or "")
    if sign is not None:
        return f"{sign}{value:,.2f}"
    return f"{value:,}" if isinstance(value, int) or not value.is_integer() else f"{int(value):,}"


__all__ = ["named_values"]
