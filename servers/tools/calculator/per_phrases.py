"""The 'per' phrase of a rate or of a question: 'per 100 km', 'a month', 'per litre', and the measure of goods a
'per' phrase follows when it is a given's own rate ('115 grams of feed per day')."""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.quantities import Measure, is_money, lookup
from servers.tools.calculator.tokens import Token


def per_unit(tokens: list[Token], i: int, *, scaled: bool) -> tuple[Measure, Fraction, int] | None:
    """After 'per': an optional number and a unit ('per 100 km', 'a month', 'per litre')."""
    j = i + 1
    scale = Fraction(1)
    if scaled and tokens[j].kind == "number" and tokens[j].value > 0:
        scale, j = tokens[j].value, j + 1
    if tokens[j].kind != "word":
        return None
    for width in (2, 1):
        phrase = " ".join(t.text for t in tokens[j : j + width] if t.kind == "word")
        if len(phrase.split()) != width:
            continue
        measure = lookup(phrase, short=scale != 1)
        if measure is not None and measure.per is None and not is_money(measure):
            return measure, scale, j + width
    return None


def measure_of_goods(tokens: list[Token], i: int) -> bool:
    """'115 grams of feed' or '115g feed' ending at ``i``: a measure given, then what it measures, so a 'per' phrase
    right after it is that measure's rate ('115 grams of feed per day'), not the question's."""
    unit = i - 2 if i > 2 and tokens[i - 1].word == "of" else i - 1
    if unit < 1 or tokens[unit - 1].kind != "number" or tokens[i].kind != "word" or lookup(tokens[i].word):
        return False
    return tokens[unit].kind == "word" and lookup(tokens[unit].word) is not None
