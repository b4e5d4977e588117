"""The cost of covering a rectangle priced by area: 'The spare bedroom is 4.2 m by 3.5 m and the laminate we like is
£18 per square metre. How much will the flooring cost, ignoring waste?' → 14.7 m² × £18 = £264.60.

Two lengths (the rectangle: 'by', 'x', or 'long' and 'wide'), one price per square unit ('£18 per square metre',
'$2.50 a square foot', '£18/m²'), and a question asking the cost. Waste is left out only when the request says so
('ignoring waste', 'no waste'); any other number, a second price, or a word for waste, extra or a share of the
area declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.coverage import square_unit
from servers.tools.calculator.quantities import Quantity, currency, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token

_ASKS_COST = ("how much", "cost", "price", "total", "spend", "pay")
_SPOILERS = frozenset(
    "extra plus each every both all together half twice double minus except excluding without but percent allow "
    "allowing border edge around skirting".split()
)
_NO_WASTE = (("ignoring", "waste"), ("no", "waste"), ("without", "waste"), ("not", "counting", "waste"))


def solve_floor_cost(tokens: list[Token], start: int) -> Solution | None:
    """Area times the price per square unit; None when the request is not exactly that."""
    asked = question_words(tokens, start)
    if not any(has_phrase(asked, p) for p in _ASKS_COST):
        return None
    sides: list[Fraction] = []  # in metres
    price: tuple[Fraction, Fraction, str] | None = None  # amount, square metres it is for, currency code
    words: list[str] = []
    said: list[str] = []
    per_text = ""
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind == "currency" and tokens[i + 1].kind == "number":
            per = _per_area(tokens, i + 2)
            if price is not None or per is None:
                return None
            price, priced = (Fraction(tokens[i + 1].value), per[0], token.value), per[1]
            per_text = " ".join(t.text for t in tokens[i + 3 : priced])
            i = priced
            continue
        if token.kind == "number":
            unit = lookup(tokens[i + 1].text) if tokens[i + 1].kind == "word" else None
            if unit is None or unit.dimension != "length" or unit.per is not None:
                return None
            sides.append(Fraction(token.value) * Fraction(unit.factor))
            said.append(f"{token.text} {tokens[i + 1].text}")
            i += 2
            continue
        if token.kind in ("date", "clock", "ordinal") or token.text == "%":
            return None
        if token.kind == "word":
            words.append(token.word)
        i += 1
    if price is None or len(sides) != 2 or not _rectangle(words):
        return None
    waste = [k for k, w in enumerate(words) if w == "waste"]
    excused = {
        k + 1 for k in waste if tuple(words[k - 1 : k + 1]) in _NO_WASTE or tuple(words[k - 2 : k + 1]) in _NO_WASTE
    }
    if len(excused) != len(waste) or set(words) & _SPOILERS - ({"without"} if excused else set()):
        return None
    amount, per_area, code = price
    area = sides[0] * sides[1]
    total = numbers.checked(area / per_area * amount)
    money = currency(code)
    shown_area = numbers.format_number(area / per_area)
    working = f"{said[0]} × {said[1]} = {shown_area} {per_text}"
    steps = [working, f"{shown_area} × {show(Quantity(amount, money))} = {show(Quantity(total, money))}"]
    return answer_for(Quantity(total, money), "cost by area", f"{shown_area} * {amount}", steps)


def _per_area(tokens: list[Token], i: int) -> tuple[Fraction, int] | None:
    """'per square metre', 'a square foot', '/m²' after a price: the square metres it is for, and the end."""
    if tokens[i].word in ("per", "a", "an") or tokens[i].text == "/":
        found = square_unit(tokens, i + 1)
        if found is None and tokens[i + 1].word in ("square", "sq"):
            return None
        if found is not None:
            return found[0], found[1]
    return None


def _rectangle(words: list[str]) -> bool:
    """The two lengths said as a rectangle: 'by' or 'x' between them, or 'long' and 'wide'."""
    return "by" in words or "x" in words or {"long", "wide"} <= set(words)
