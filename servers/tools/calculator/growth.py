"""Growth and decay at a steady rate: an amount that grows (or shrinks) by a percentage every period, for a time.

``50,000 people, growing 3% a year, after 2 years`` is 50,000 × 1.03²; ``a car worth $20,000 that loses 15% of
its value each year, after 3 years`` is 20,000 × 0.85³. Each period's change is taken of the amount at its start
(that is what 'grows 3% a year' means for a population or a price); money earning *interest* is left to the
interest rules, which ask whether it is simple or compound.

Exactly three numbers: the starting amount, the rate with its period (``a year``, ``every month``,
``annually``), and the time. The direction is said by a verb (``grows``, ``rises``, ``falls``, ``loses``,
``depreciates``); none, or both, and the problem is declined. The time must be a whole number of periods, and a
question for the change rather than the amount (``by how much``, ``how many more``) is declined.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import has_word
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Measure, Quantity, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

MAX_PERIODS = 1000  # compounding steps; more is not a growth question a person asks

_UP = frozenset(
    "grow grows growing grew grown increase increases increasing increased rise rises rising rose risen "
    "appreciate appreciates appreciating gain gains gaining goes up climbs climbing".split()
)
_DOWN = frozenset(
    "shrink shrinks shrinking shrank decline declines declining declined fall falls falling fell drop drops "
    "dropping dropped decrease decreases decreasing decreased lose loses losing lost depreciate depreciates "
    "depreciating depreciated decay decays decaying".split()
)
_PERIOD_WORDS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}
_PERIODS = {"day": Fraction(1, 365), "week": Fraction(1, 52), "month": Fraction(1, 12), "year": Fraction(1)}
_SPOILERS = frozenset(
    "interest compound compounded simple loan deposit invest invested more difference total doubles doubled "
    "halves halved when until first then".split()
)
_CHANGE_ASKED = ("by how much", "how much more", "how many more", "grow by", "increase by", "rise by", "fall by",
                 "drop by", "go up by", "go down by", "lose in", "gain in")  # fmt: skip


def solve_growth(tokens: list[Token], start: int) -> Solution | None:
    """The amount after steady growth or decay for a whole number of periods; None when not such a problem."""
    words = {t.word for t in tokens[start:]}
    if words & _SPOILERS or has_word(tokens, start, *_CHANGE_ASKED):
        return None
    up, down = bool(words & _UP), bool(words & _DOWN)
    if up == down:
        return None
    givens = givens_or_none(tokens, start, 3)
    if givens is None:
        return None
    rates = [g for g in givens if g.quantity.percent]
    times = [g for g in givens if _is_time(g.quantity.measure)]
    bases = [g for g in givens if not g.quantity.percent and not _is_time(g.quantity.measure)]
    if len(rates) != 1 or len(times) != 1 or len(bases) != 1:
        return None
    rate, time, base = rates[0], times[0], bases[0]
    if base.quantity.measure is not None and base.quantity.measure.per is not None or base.quantity.value <= 0:
        return None
    period = _period(tokens, rate)
    time_measure = time.quantity.measure
    if period is None or time_measure is None or time_measure.name not in _PERIODS:
        return None
    periods = Fraction(time.quantity.value) * _PERIODS[time_measure.name] / _PERIODS[period]
    if periods.denominator != 1 or not 0 < periods <= MAX_PERIODS:
        return None  # 18 months at a yearly rate: how the part year counts is not said
    if time.start < rate.start or "ago" in words:
        return None  # the time before the rate ('after 2 years it grew 3% a year') is not read here
    return _answer(base, rate.quantity, int(periods), period, 1 if up else -1)


def _is_time(measure: Measure | None) -> bool:
    return measure is not None and measure.dimension == "time" and measure.per is None


def _period(tokens: list[Token], rate: Given) -> str | None:
    """The period a rate is per, said within a few words after it: '3% a year', '15% of its value each year'."""
    for j in range(rate.end, min(rate.end + 6, len(tokens) - 1)):
        token = tokens[j]
        if token.kind in ("number", "currency", "end") or token.text in (".", "?", ";"):
            return None
        if token.word in _PERIOD_WORDS:
            return _PERIOD_WORDS[token.word]
        if token.word in ("a", "an", "per", "each", "every") and tokens[j + 1].word in _PERIODS:
            return tokens[j + 1].word
        if token.word == "per" and tokens[j + 1].word == "annum":
            return "year"
    return None


def _answer(base: Given, rate: Quantity, periods: int, period: str, sign: int) -> Solution:
    factor = 1 + sign * Fraction(rate.value)
    if factor < 0:
        factor = Fraction(0)
    amount = Fraction(base.quantity.value)
    result = numbers.checked(amount * factor**periods)
    quantity = Quantity(result, base.quantity.measure)
    noun = " people" if base.noun == "people" else ""  # other words after a count may not name it ('2,000 now')
    word = "grows" if sign > 0 else "shrinks"
    steps = [
        f"each {period} it {word} by {show(rate)}: × {numbers.format_number(factor)}",
        f"{show(base.quantity, exact=True)} × {numbers.format_number(factor)}^{periods} = {show(quantity, exact=True)}",
    ]
    expression = f"{show(base.quantity)} * {numbers.format_number(factor)}^{periods}"
    solution = answer_for(quantity, "steady growth" if sign > 0 else "steady decline", expression, steps)
    if noun and base.quantity.measure is None:
        solution.answer += noun
    solution.notes.append(f"each {period}'s change is taken of the amount at the start of that {period}")
    if base.noun and not numbers.is_integer(result):
        solution.notes.append("a count that grows by a percentage is rarely whole: round it as suits the question")
    return solution
