"""Goods sold by weight or length, each line told the short way a market writes it: '18 kg smoked bream at 14,90 €/kg
and 6 kg eel at 42,00 €/kg. Total?', '3 m of rope at $2.40 a metre', '2 lb cheese @ £6.50/lb'.

Each line is an amount, its unit, what it is of (with or without 'of', in up to three words) and a price for one of
a unit, said with '/', 'per', 'a' or 'the'. The readers of purchases know each line said in full ('18 kg of smoked
bream at 14,90 € per kg'), so every such line is said so and the request read again in full, where every figure
must still be accounted for. Only a price for the unit the amount is in (or another of the same measure, which the
readers convert) is read: '18 kg at €4 a bag' is no such line.
"""

from __future__ import annotations

import re

from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_UNITS = (
    r"kg|kgs|kilos?|kilograms?|g|grams?|lbs?|pounds?|oz|t|tonnes?|l|litres?|liters?|ml|m|metres?|meters?|cm|ft|feet"
)
_LINE = re.compile(
    rf"\b(?P<amount>\d[\d,.]*)\s*(?P<unit>{_UNITS})\s+(?:of\s+)?(?P<stuff>(?:[^\W\d_][\w'-]*\s+){{1,3}}?)"
    rf"(?:at|for|@)\s+(?P<price>(?:[^\d\s]{{1,3}}\s?)?\d[\d,.]*(?:\s?[^\d\s/.,]{{1,3}})?)\s*(?:/\s*|per\s+|an?\s+|the\s+)"
    rf"(?P<per>{_UNITS}|kilo)\b",
    re.IGNORECASE,
)
_NOT_STUFF = frozenset("at for per each a an the and".split())


def as_said_in_full(text: str, tokens: list[Token]) -> str | None:
    """``text`` with each line of goods by weight or length said in full, or None when it holds none (see above);
    ``tokens``, as written, must hold a unit of weight or length."""
    if not any(t.kind == "word" and lookup(t.text) is not None for t in tokens):
        return None
    changed = False

    def in_full(found: re.Match[str]) -> str:
        nonlocal changed
        stuff = found["stuff"].strip()
        unit, per = lookup(found["unit"]), lookup(found["per"])
        if unit is None or per is None or unit.dimension != per.dimension or set(stuff.lower().split()) & _NOT_STUFF:
            return found.group()
        changed = True
        said_per = found["unit"] if per == unit else found["per"]  # '18 kg ... a kilo': per kg
        return f"{found['amount']} {found['unit']} of {stuff} at {found['price'].strip()} per {said_per}"

    said = _LINE.sub(in_full, text[:4_000])
    return said + text[4_000:] if changed and said != text[:4_000] else None
