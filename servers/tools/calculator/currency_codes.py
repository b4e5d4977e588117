"""A currency written by its code or short name before the amount: 'NOK 21.50', 'IDR 15.540.000', 'Rp 350.000',
'kr 14,20', 'EGP 1,834', 'LE 95', 'Tk 8,400', 'CHF 480.00'.

The amounts are read with a sign before the figure ('$21.50') or a code after it ('21.50 NOK'); a code before it
was a word the grammar did not know, so 'Feed costs NOK 14.20 per kg' was not read as money at all. Each such
word right before a figure becomes the currency it names, exactly as a sign would be. Only codes and the short
names written this way are taken ('nok', 'idr', 'rp', 'kr', 'le', 'tk'), never a word that is also a currency's
full name in a sentence ('dollars', 'rand', 'yen').
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from servers.tools.calculator.quantities import is_money, lookup

if TYPE_CHECKING:
    from servers.tools.calculator.tokens import Token

_MAX_CODE = 3  # 'NOK', 'Rp', 'kr', 'Kč': codes and short names; longer words are names said in a sentence
_CAPITALS_ONLY = frozenset({"le"})
"""Short names that are words too ('le' in a French name): a currency only in capitals ('LE 95')."""


def as_currency_signs(tokens: list[Token]) -> list[Token]:
    """``tokens`` with each currency code written right before a figure turned into the currency it names."""
    out = list(tokens)
    for k in range(len(out) - 1):
        word, after = out[k], out[k + 1]
        if word.kind != "word" or after.kind != "number" or len(word.text) > _MAX_CODE or not word.text.isalpha():
            continue
        if k > 0 and out[k - 1].kind in ("number", "currency"):
            continue  # '4500 NOK 12 times': the code closes the amount before it
        if word.word in _CAPITALS_ONLY and not word.text.isupper():
            continue
        measure = lookup(word.word, short=False)
        if not is_money(measure) or measure.per is not None or measure.factor != 1:
            continue
        code = measure.dimension.removeprefix("money ")
        out[k] = replace(word, kind="currency", value=code)
    return out
