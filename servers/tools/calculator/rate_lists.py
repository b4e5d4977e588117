"""Amounts listed together with one period said after the last, totalled for that period or a year: 'Three flats
pay £725, £810 and £690 a month. What's the total annual rent?' → (£725 + £810 + £690) × 12 = £26,700.

The list is two or more sums of money in one currency said one straight after the other ('£725, £810 and £690'),
the period after the last of them ('a month', 'per week', 'each quarter') and no period after any other: the
period said once is every amount's. A count of the things listed may be said ('Three flats'), and must be the
number of amounts. The question asks for the whole ('total', 'altogether', 'combined', 'that', 'in all') for the
same period or a year ('annual', 'a year', 'per annum'), counted in 12 months, 52 weeks or 4 quarters (said in the
answer). Any other number, a share, an average, a comparison or a change declines: the total would answer
another question.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Measure, Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token

_IN_A_YEAR = {"month": 12, "week": 52, "quarter": 4}
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
_JOINERS = frozenset({",", "and", "&"})


def solve_rate_list(tokens: list[Token], start: int) -> Solution | None:
    """The total of amounts listed with one period, for that period or a year; None unless exactly that."""
    givens = givens_or_none(tokens, start)
    if not givens or len(givens) > 7:
        return None
    amounts = [g for g in givens if is_money(g.quantity.measure)]
    counts = [g for g in givens if g not in amounts]
    if len(amounts) < 2 or len(counts) > 1 or any(g.quantity.percent for g in givens):
        return None
    if counts and (counts[0].start > amounts[0].start or counts[0].quantity.value != len(amounts)):
        return None  # 'Three flats' must count the amounts listed after it
    if not all(_joined(tokens, a, b) for a, b in zip(amounts, amounts[1:], strict=False)):
        return None
    last = amounts[-1].quantity.measure
    if last is None or _per(amounts[-1]) not in _IN_A_YEAR or any(_per(a) for a in amounts[:-1]):
        return None
    if any(a.quantity.measure is None or a.quantity.measure.dimension != last.dimension for a in amounts):
        return None
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if set(words) & _SPOILERS or has_phrase(words, "per person"):
        return None
    asked = question_words(tokens, start)
    if not set(asked) & _WHOLE and not has_phrase(asked, "in all"):
        return None
    period = _per(amounts[-1]) or ""
    yearly = any(has_phrase(asked, p) for p in _YEARLY)
    if any(name != period and any(has_phrase(asked, p) for p in said) for name, said in _PERIODIC.items()):
        return None  # a quarter's amounts asked by the month: not counted here
    plain = Measure(last.name, last.dimension, Fraction(1), last.symbol)
    values = [Fraction(a.quantity.value) for a in amounts]
    each = sum(values, Fraction(0))
    shown = [show(Quantity(v, plain), exact=True) for v in values]
    steps = [f"{' + '.join(shown)} = {show(Quantity(each, plain), exact=True)} a {period}"]
    expression = f"({' + '.join(shown)})"
    if not yearly:
        return answer_for(Quantity(each, plain), "total of amounts a period", expression, steps, suffix=f" a {period}")
    times = _IN_A_YEAR[period]
    total = Fraction(numbers.checked(each * times))
    steps.append(f"{show(Quantity(each, plain), exact=True)} × {times} = {show(Quantity(total, plain), exact=True)}")
    solution = answer_for(Quantity(total, plain), "total of amounts a period", f"{expression} * {times}", steps,
                          suffix=" a year")  # fmt: skip
    solution.notes.append(f"a year is counted as {times} {period}s")
    return solution


def _joined(tokens: list[Token], a: Given, b: Given) -> bool:
    """Two amounts said one straight after the other: only commas and 'and' between them."""
    between = tokens[a.end : b.start]
    return all(t.text in _JOINERS or t.word in _JOINERS for t in between)


def _per(given: Given) -> str | None:
    measure = given.quantity.measure
    return measure.per.name if measure is not None and measure.per is not None else None
