"""Turns of a wheel over a distance from its circumference: 'Tyre circumference is 2,105 mm. How many wheel
revolutions per kilometre?' → 475.06; 'a wheel 2 m around, how many turns in 5 km?' → 2,500.

One length said as the wheel's circumference ('circumference is 2,105 mm', '2 m around'), and a distance: another
length ('in 5 km') or one of a unit after 'per', 'a' or 'every' in the question ('per kilometre'). The question
asks how many revolutions, turns or rotations. A diameter or radius (a circumference is not given), another number
or a question for something else declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import read_givens
from servers.tools.calculator.quantities import Measure, Quantity, convert, lookup, show
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_TURNS = frozenset("revolutions revolution turns turn rotations rotation revs spins".split())
_CIRCLE = frozenset({"circumference", "around", "round"})
_SPOILERS = frozenset("diameter radius across wide each more less extra plus minus twice double half".split())


def solve_revolutions(tokens: list[Token], start: int) -> Solution | None:
    """The turns of a wheel over a distance; None when the request is not that."""
    if any(t.word in _SPOILERS for t in tokens[start:]):
        return None
    first = question_start(tokens, start)
    asked = [t.word for t in tokens[first:] if t.kind == "word"]
    if "how" not in asked or "many" not in asked or not _TURNS & set(asked):
        return None
    givens = read_givens(tokens, start)
    if not 1 <= len(givens) <= 2 or any(_length(g.quantity) is None for g in givens):
        return None
    rounds = [g for g in givens if _said_round(tokens, g.start, g.end)]
    if len(rounds) != 1:
        return None
    circle = rounds[0].quantity
    others = [g.quantity for g in givens if g is not rounds[0]]
    distance = others[0] if others else _per_unit(tokens, first)
    if distance is None or circle.value <= 0:
        return None
    circle_measure, distance_measure = _length(circle), _length(distance)
    assert circle_measure is not None and distance_measure is not None
    span = Fraction(convert(distance.value, distance_measure, circle_measure))
    turns = numbers.checked(span / Fraction(circle.value))
    working = f"{show(distance)} ÷ {show(circle)}"
    shown = f"{numbers.format_number(numbers.round_half_up(turns, 2))} revolutions"
    solution = Solution(shown, turns, "revolutions", working, [f"{working} = {shown}"], "revolutions")
    solution.notes.append("one revolution rolls the wheel its circumference")
    return solution


def _length(quantity: Quantity) -> Measure | None:
    measure = quantity.measure
    ok = measure is not None and measure.dimension == "length" and measure.per is None and not quantity.percent
    return measure if ok else None


def _said_round(tokens: list[Token], begin: int, end: int) -> bool:
    """'circumference is 2,105 mm', 'circumference of 2 m', '2 m around'."""
    before = {t.word for t in tokens[max(0, begin - 3) : begin]}
    return bool(before & {"circumference"}) or tokens[end].word in _CIRCLE - {"circumference"}


def _per_unit(tokens: list[Token], first: int) -> Quantity | None:
    """'per kilometre', 'in a mile', 'every km': one of the unit the question names."""
    for k in range(first, len(tokens) - 1):
        if tokens[k].word in ("per", "every") or tokens[k].word == "a" and tokens[k - 1].word == "in":
            measure = lookup(tokens[k + 1].word, short=True) if tokens[k + 1].kind == "word" else None
            if measure is not None and measure.dimension == "length" and measure.per is None:
                return Quantity(Fraction(1), measure)
    return None
