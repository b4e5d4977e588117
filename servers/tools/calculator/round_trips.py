"""The average speed of a journey out and back the same way at two speeds: 'I drove to the city at 60 mph and back at
40 mph. What was my average speed for the round trip?' → 2 × 60 × 40 ÷ (60 + 40) = 48 mph.

The two legs are the same distance, so the average is the whole distance over the whole time, never the mean of the
speeds: the slower leg takes longer. The request gives two speeds, says the second leg retraces the first ('back',
'coming home the same route', 'the return'), and asks the average speed of the whole ('for the round trip', 'whole
trip', 'overall', 'both ways'); one distance may be said (it cancels). A third speed, a time, a stop, or a speed said
relative to the other ('10 mph slower') declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, convert, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words, story_words
from servers.tools.calculator.tokens import Token

_RETURNS = frozenset("back return returned returning same".split())
"""Words saying the second leg retraces the first: 'and back at 40', 'the return', 'the same route'."""
_LEAVING = frozenset("from left leave leaving leaves at".split())
_WHOLE = ("round trip", "whole", "overall", "both ways", "there and back", "entire", "total", "return trip", "all")
_SPOILERS = frozenset(
    "stop stopped stops break breaks rest rested wait waited waiting faster slower quicker than more less if half "
    "twice percent then another third minutes minute seconds late early detour".split()
)
"""Words that add a leg, a stop or a time, or relate one speed to the other: left to other rules."""


def solve_round_trip(tokens: list[Token], start: int) -> Solution | None:
    """The average speed out and back at two speeds; None when the request is not that."""
    asked = question_words(tokens, start)
    if not (has_phrase(asked, "average speed") and any(has_phrase(asked, w) for w in _WHOLE)):
        return None
    words = story_words(tokens, start)
    if words & _SPOILERS or not (words & _RETURNS or _home_again(tokens, start)):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    speeds = [g for g in givens if _speed(g)]
    distances = [g for g in givens if _distance(g)]
    if len(speeds) != 2 or len(distances) > 1 or len(speeds) + len(distances) != len(givens):
        return None
    out, back = (g.quantity for g in speeds)
    assert out.measure is not None and back.measure is not None
    a = Fraction(out.value)
    b = Fraction(convert(back.value, back.measure, out.measure))
    if a <= 0 or b <= 0:
        return None
    value = numbers.checked(2 * a * b / (a + b))
    result = Quantity(value, out.measure)
    working = f"2 × {numbers.format_number(a)} × {numbers.format_number(b)} ÷ ({numbers.format_number(a + b)})"
    back_shown = Quantity(b, out.measure)
    steps = [
        f"out and back the same distance: the whole distance over the whole time, not the mean of "
        f"{show(out, exact=True)} and {show(back_shown, exact=True)}",
        f"{working} = {show(result, exact=True)}",
    ]
    solution = answer_for(result, "average speed", working, steps)
    solution.notes.append("the way back is taken as the same distance as the way out")
    return solution


def _speed(g: Given) -> bool:
    measure = g.quantity.measure
    return (
        measure is not None
        and not g.quantity.percent
        and measure.dimension == "length"
        and measure.per is not None
        and measure.per.dimension == "time"
    )


def _distance(g: Given) -> bool:
    measure = g.quantity.measure
    return measure is not None and not g.quantity.percent and measure.dimension == "length" and measure.per is None


def _home_again(tokens: list[Token], start: int) -> bool:
    """'cycled home at 30', 'coming home': going home is the way back; 'left home at 8' is not."""
    return any(
        t.word == "home" and (k == start or tokens[k - 1].word not in _LEAVING)
        for k, t in enumerate(tokens[start:], start)
    )
