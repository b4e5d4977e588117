"""The height gained over heights said in the order they were reached: 'We start at Lukla, 2,860 m, reach Namche
3,440 m and then Dingboche 4,410 m. How much altitude do we gain?' is 4,410 − 2,860 = 1,550 m.

Heights that only rise, said one after another, gain from the first to the last whatever the stops between; the
stops change nothing. Read only when every measure of the request is a height of one kind that rises from each to
the next, the question asks what is gained or climbed ('gain', 'climb', 'ascent', 'go up'), and any other figure
only says when ('after 2 more days'). Heights that fall on the way leave the total climbed and the net gain apart,
and are declined here, as is a question of a rate, an average or a part of the way not named by its ends.
"""

from __future__ import annotations

from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_GAINED = frozenset("gain gains gained climb climbs climbed ascent ascend ascends ascended elevation".split())
_SPOILERS = frozenset(
    "down descend descends descended descent drop drops dropped lose lost lower fell fall average per rate each "
    "speed percent left remaining".split()
)
_WHEN = frozenset("day days night nights hour hours week weeks".split())


def solve_climb(tokens: list[Token], start: int) -> Solution | None:
    """The height gained from the first height said to the last, when every one rises; None otherwise."""
    if any(t.kind in ("currency", "clock", "date") or t.text == "%" for t in tokens[start:]):
        return None
    first = question_start(tokens, start)
    question = {t.word for t in tokens[first:]}
    if not question & _GAINED or any(t.word in _SPOILERS for t in tokens[start:]):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    heights = [g for g in givens if g.quantity.measure is not None and g.quantity.measure.dimension == "length"]
    others = [g for g in givens if g not in heights]
    if len(heights) < 2 or any(not _when(g) for g in others):
        return None
    measure = heights[0].quantity.measure
    if measure is None or any(g.quantity.measure != measure for g in heights):
        return None
    values = [g.quantity.value for g in heights]
    if any(b <= a for a, b in zip(values, values[1:], strict=False)):
        return None  # a fall on the way: the total climbed and the net gain differ
    if not _ends_named(tokens, first, heights):
        return None
    gained = values[-1] - values[0]
    low, high = Quantity(values[0], measure), Quantity(values[-1], measure)
    expression = f"{show(high, exact=True)} − {show(low, exact=True)}"
    steps = [f"{expression} = {show(Quantity(gained, measure), exact=True)}"]
    return answer_for(Quantity(gained, measure), "height gained", expression, steps)


def _when(g: Given) -> bool:
    """'after 2 more days', 'on day 3': a figure that says when a height was reached, not a height."""
    m = g.quantity.measure
    if m is not None:
        return m.dimension == "time" and m.per is None
    return bool(set(g.after[:2]) & _WHEN) or bool(set(g.before[-1:]) & _WHEN)


def _ends_named(tokens: list[Token], first: int, heights: list[Given]) -> bool:
    """'from Lukla to Dingboche': the places the question names are where the first and last heights were said."""
    words = [t.word for t in tokens[first:]]
    named = {words[k + 1] for k, w in enumerate(words[:-1]) if w in ("from", "to")}
    named = {w for w in named if w.isalpha() and lookup(w, short=False) is None and w not in ("the", "top", "here")}
    if not named:
        return True
    ends = {*heights[0].before, *heights[0].after, *heights[-1].before, *heights[-1].after}
    return named <= ends
