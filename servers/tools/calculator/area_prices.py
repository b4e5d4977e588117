"""A price for an area, asked per unit of area: 'The Victorian semi is on at £420,000 and it's 1,400 square feet.
What's the price per square foot?' → £420,000 ÷ 1,400 sq ft = £300 per square foot.

The request says exactly two numbers: one amount of money and one area in square units ('1,400 square feet', '70
m²', '20 sq m', '2 acres', read as ``area_units`` reads them). The question asks the price or cost 'per' a unit of
area, which may differ from the area's ('per square metre' of square feet is converted). Every other word must be
one that changes no sum (no tax, discount, share, count or second amount), so the quotient is the whole answer.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.area_units import area_at, area_unit
from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.quantities import Measure, Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_ASKED = frozenset("price cost costs costing priced worth value".split())
_ALLOWED = frozenset("per what how which and is it's price cost".split())
"""Words of CHANGES this question uses in its own way: 'what's the price per square foot', 'and it's'."""
_CHANGING = (CHANGES - _ALLOWED) | frozenset("each share split plus tax vat fee fees deposit discount off".split())


def solve_area_price(tokens: list[Token], start: int) -> Solution | None:
    """The price of one unit of area, from a price and the area it is for; None when the request is not that."""
    money: tuple[Fraction, Measure] | None = None
    area: tuple[Fraction, tuple[str, Fraction]] | None = None
    asked: tuple[str, Fraction] | None = None
    seen: set[int] = set()
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind == "currency" and tokens[i + 1].kind == "number" and money is None:
            money, i = (Fraction(tokens[i + 1].value), currency(str(token.value))), i + 2
            continue
        if token.word == "per" and (unit := area_unit(tokens, i + 1)) is not None and asked is None:
            asked, i = unit[:2], unit[2]
            continue
        found = area_at(tokens, i) if token.kind == "number" else None
        if found is not None and area is None:
            area, i = found[:2], found[2]
            continue
        if token.kind in ("number", "currency", "clock", "date", "ordinal") or token.word in _CHANGING:
            return None  # a second amount or a word that changes the sum: not a price per area alone
        seen.add(i)
        i += 1
    if money is None or area is None or asked is None or area[0] <= 0:
        return None
    if not any(tokens[k].word in _ASKED for k in seen):
        return None
    (value, measure), (size, (name, factor)) = money, area
    in_asked = size * factor / asked[1]
    each = numbers.checked(value / in_asked)
    step = f"{show(Quantity(value, measure), exact=True)} ÷ {numbers.format_number(in_asked)} {asked[0]}"
    if name != asked[0]:
        step += f" ({numbers.format_number(size)} {name})"
    step += f" = {show(Quantity(each, measure), exact=True)}"
    expression = f"{show(Quantity(value, measure))} / {numbers.format_number(in_asked)} {asked[0]}"
    return answer_for(Quantity(each, measure), "price per area", expression, [step], suffix=f" per {asked[0]}")
