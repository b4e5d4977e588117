"""'One pound fifty', 'five dollars twenty': an amount of money said the way it is spoken, whole units then cents.

A number, the currency's name and a second number of two figures or fewer are one amount ('312 punnets at one pound
fifty each' is £1.50 each). Pounds are also a weight, and a weight is spoken the same way ('seven pounds eight' is
7 lb 8 oz): ounces never reach sixteen, so after pounds only sixteen to ninety-nine are read as pence, and nothing
is joined before a unit ('2 pounds 8 ounces').
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.currencies import BY_CODE
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_SPOKEN = {
    "pound": "GBP", "pounds": "GBP", "quid": "GBP", "dollar": "USD", "dollars": "USD", "buck": "USD", "bucks": "USD",
    "euro": "EUR", "euros": "EUR",
}  # fmt: skip
_WEIGHED = frozenset({"pound", "pounds"})  # also a weight, whose ounces stop at fifteen
_CENTS = frozenset({"p", "pence", "c", "cents", "cent"})


def join_spoken(tokens: list[Token]) -> None:
    """Replace, in place, each spoken 'N pound(s) M' (and 'N dollars M', 'N euros M') by the sign and the amount."""
    k = 1
    while k < len(tokens) - 1:
        whole, name, cents = tokens[k - 1], tokens[k], tokens[k + 1]
        if not (whole.kind == "number" and name.word in _SPOKEN and _cents(cents, weighed=name.word in _WEIGHED)):
            k += 1
            continue
        after = k + 2 + (tokens[k + 2].word in _CENTS)
        follower = tokens[after] if after < len(tokens) else tokens[-1]
        if follower.kind == "word" and follower.word not in _CENTS and lookup(follower.word, short=False) is not None:
            k += 1  # '2 pounds 50 grams': a weight said in two units
            continue
        if whole.value.denominator != 1 or k >= 2 and tokens[k - 2].kind == "currency":
            k += 1  # '£5 pounds 50' says its currency twice; leave it to be declined
            continue
        code = _SPOKEN[name.word]
        value = whole.value + Fraction(cents.value) / 100
        text = " ".join(t.text for t in tokens[k - 1 : after])
        tokens[k - 1 : after] = [
            Token("currency", BY_CODE[code].symbol, whole.start, value=code),
            Token("number", text, whole.start, value, whole.attached),
        ]
        k += 1


def _cents(token: Token, *, weighed: bool) -> bool:
    """A whole number of cents said after the units: two figures at most ('fifty', '05', '99')."""
    if token.kind != "number" or token.value.denominator != 1 or not 1 <= token.value <= 99:
        return False
    if token.text.isdigit() and len(token.text) != 2:
        return False  # '3 pounds 5': not how pence are written
    return not weighed or token.value >= 16
