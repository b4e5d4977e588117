"""What is left of a goal, spread over the periods left: 'Goal: 3,000 km this year. I've done 1,840 km by end of
August. How many km per month for the last 4 months?' → 290 km per month.

Three numbers: the goal ('Goal: 3,000 km', 'I want to save £3,000'), what is done towards it, in the same kind of
measure ("I've done 1,840 km", "I've saved £1,840"), and how many periods are left ('the last 4 months', 'the next
6 weeks'). The question asks an amount per that period ('km per month', 'how much a week'). The rest is shared
evenly: (goal − done) ÷ periods. A goal already met, a fourth number, or a rate asked per another period declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, read_givens
from servers.tools.calculator.quantities import Quantity, rate, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_GOALS = frozenset("goal target aim aiming want wants plan planning hope hoping".split())
_DONE = frozenset(
    "done did ridden rode run ran walked cycled covered completed logged swum swam saved raised put".split()
)
_SPOILERS = frozenset("more less extra plus minus twice double half percent interest each".split())


def solve_goal_rate(tokens: list[Token], start: int) -> Solution | None:
    """The amount per period left to reach a goal; None when the request is not that."""
    if any(t.word in _SPOILERS or t.text == "%" for t in tokens[start:]):
        return None
    givens = read_givens(tokens, start)
    if len(givens) != 3:
        return None
    goal, done, left = givens
    if not (_said(tokens, goal, _GOALS) and _said(tokens, done, _DONE)):
        return None
    g, d, n = goal.quantity, done.quantity, left.quantity
    if g.measure is None or d.measure is None or n.measure is None or n.measure.dimension != "time":
        return None
    if g.measure != d.measure or g.measure.per is not None or g.measure.dimension == "time":
        return None
    first = question_start(tokens, start)
    words = [t.word for t in tokens[first:] if t.kind == "word"]
    period = n.measure.name
    asks_per = any(
        words[k] in ("per", "a", "each", "every") and words[k + 1] in (period, period + "s")
        for k in range(len(words) - 1)
    )
    periods = {w.removesuffix("s") for w in words} & {"day", "week", "fortnight", "month", "quarter", "year"}
    if periods != {period}:
        return None  # '... per month, and per week?': a second rate asked
    if not asks_per or left.start < first or not numbers.is_integer(Fraction(n.value)) or n.value <= 0:
        return None
    rest = Fraction(g.value) - Fraction(d.value)
    if rest <= 0:
        return None
    per = numbers.checked(rest / Fraction(n.value))
    result = Quantity(per, rate(g.measure, n.measure))
    working = f"({show(g)} − {show(d)}) ÷ {show(n)}"
    return answer_for(result, "rate to a goal", working, [f"{working} = {show(result)}"])


def _said(tokens: list[Token], given: Given, words: frozenset[str]) -> bool:
    """One of ``words`` said just before the amount ('Goal: 3,000 km', "I've done 1,840 km")."""
    return any(t.word in words for t in tokens[max(0, given.start - 4) : given.start])
