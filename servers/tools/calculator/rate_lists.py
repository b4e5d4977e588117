"""Amounts listed together with one period said after the last, totalled for that period, a number of them or a
year: 'Three flats pay £725, £810 and £690 a month. What's the total annual rent?' → (£725 + £810 + £690) × 12 =
£26,700; 'The kids get £5, £7.50 and £6 pocket money each week. How much over 52 weeks?' → £18.50 × 52 = £962.

The list is three or more sums of money in one currency said one straight after the other ('£725, £810 and
£690'), or two with a count of them ('Two flats pay £725 and £810 a month': '£300 and £50 a month' alone may be one
sum and a monthly one), the period after the last of them ('a month', 'per week', 'each week') and no period after
any other: the period said once is every amount's (``shared_periods``). A count of the things listed may be said
('Three flats'), and must be the number of amounts. The question asks for the whole ('total', 'altogether', 'how
much', 'in all') for the same period, a number of them ('over 52 weeks', 'for 2 years') or a year ('annual', 'a
year', 'per annum'), counted in 12 months, 52 weeks or 4 quarters (said in the answer). Any other number, a share,
an average, a comparison or a change declines: the total would answer another question.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Measure, Quantity, is_money, show
from servers.tools.calculator.shared_periods import said_end, shared_period
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token

_IN_A_YEAR = {"month": 12, "week": 52, "quarter": 4}
_TIMES = frozenset({*_IN_A_YEAR, "day", "fortnight", "year"})
_YEARLY = ("annual", "annually", "yearly", "a year", "per year", "each year", "every year", "per annum", "in a year",
           "over a year", "for a year", "for the year", "over the year", "in one year")  # fmt: skip
_PERIODIC = {
    "month": ("monthly", "a month", "per month", "each month", "every month"),
    "week": ("weekly", "a week", "per week", "each week", "every week"),
    "quarter": ("quarterly", "a quarter", "per quarter", "each quarter", "every quarter"),
}
_WHOLE = frozenset("total totals altogether combined together all sum overall that those them".split())
_SPOILERS = frozenset(
    "average mean each per-person split share shared between difference more less most least cheapest dearest "
    "highest lowest biggest smallest minus plus except excluding without after before tax taxes fee fees discount "
    "off save saving savings increase increases rise rises raise fall drop cut empty vacant void but only if "
    "would instead".split()
)
"""Words that make the question something other than the whole of the list ('what's the average rent?', 'one flat
is empty')."""


def solve_rate_list(tokens: list[Token], start: int) -> Solution | None:
    """The total of amounts listed with one period, for that period, a number of them or a year; None unless
    exactly that."""
    givens = givens_or_none(tokens, start)
    if not givens or len(givens) > 7:
        return None
    amounts = [g for g in givens if is_money(g.quantity.measure)]
    shared = shared_period(tokens, givens)
    if shared is None or list(shared.amounts) != amounts or shared.alternatives or shared.period not in _TIMES:
        return None  # 'Rent is £900 a month and bills £150': not one period said once for the list
    others = [g for g in givens if g not in amounts]
    counted = [g for g in others if g.start < amounts[0].start]  # 'Three flats' must count the amounts listed after
    spans = [g for g in others if g.start > amounts[-1].start]  # 'over 52 weeks': how many of the period
    if len(counted) > 1 or len(spans) > 1 or any(g.quantity.percent for g in givens):
        return None
    if counted and (counted[0].quantity.measure is not None or counted[0].quantity.value != len(amounts)):
        return None
    if len(amounts) == 2 and not counted:
        return None  # 'the phone is £300 and £50 a month': maybe one sum and a monthly one, not two a month
    times = _periods_in(spans[0], shared.period) if spans else 1
    if times is None:
        return None
    said = range(amounts[-1].start, said_end(tokens, shared))  # 'each week' says the period, not a share
    words = [t.word for k, t in enumerate(tokens[start:], start) if t.kind == "word" and k not in said]
    if set(words) & _SPOILERS or has_phrase(words, "per person"):
        return None
    asked = question_words(tokens, start)
    if not set(asked) & _WHOLE and not has_phrase(asked, "in all") and not has_phrase(asked, "how much"):
        return None
    period = shared.period
    yearly = not spans and any(has_phrase(asked, p) for p in _YEARLY)
    if any(name != period and any(has_phrase(asked, p) for p in said) for name, said in _PERIODIC.items()):
        return None  # a quarter's amounts asked by the month: not counted here
    if yearly and period != "year":
        if period not in _IN_A_YEAR:
            return None
        times = _IN_A_YEAR[period]
    last = amounts[-1].quantity.measure
    assert last is not None
    plain = Measure(last.name, last.dimension, Fraction(1), last.symbol)
    values = [Fraction(a.quantity.value) for a in amounts]
    each = sum(values, Fraction(0))
    shown = [show(Quantity(v, plain), exact=True) for v in values]
    steps = [f"{' + '.join(shown)} = {show(Quantity(each, plain), exact=True)} a {period}"]
    expression = f"({' + '.join(shown)})"
    if times == 1:
        return answer_for(Quantity(each, plain), "total of amounts a period", expression, steps, suffix=f" a {period}")
    total = Fraction(numbers.checked(each * times))
    steps.append(f"{show(Quantity(each, plain), exact=True)} × {times} = {show(Quantity(total, plain), exact=True)}")
    suffix = " a year" if yearly else f" over {numbers.format_number(times)} {period}s"
    solution = answer_for(Quantity(total, plain), "total of amounts a period", f"{expression} * {times}", steps,
                          suffix=suffix)  # fmt: skip
    if yearly or spans and spans[0].quantity.measure is not None and spans[0].quantity.measure.name != period:
        solution.notes.append(f"a year is counted as {_IN_A_YEAR[period]} {period}s")
    return solution


def _periods_in(span: Given, period: str) -> Fraction | None:
    """How many of ``period`` the span asked about holds: '52 weeks' of a weekly amount, '2 years' of a monthly
    one (24 months); None for a span in another unit ('3 months' of a weekly amount has no whole count)."""
    measure = span.quantity.measure
    if measure is None or measure.per is not None or measure.dimension != "time" or span.quantity.value <= 0:
        return None
    if measure.name == period:
        return Fraction(span.quantity.value)
    if measure.name == "year" and period in _IN_A_YEAR:
        return Fraction(span.quantity.value) * _IN_A_YEAR[period]
    return None
