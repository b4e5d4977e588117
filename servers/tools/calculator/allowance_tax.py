"""Tax at one rate on what is earned above a tax-free allowance: 'Profit £41,500. Personal allowance £12,570, then
20% basic rate on the rest. Income tax?' → 20% × (£41,500 − £12,570) = £5,786.

The story gives what was earned (profit, income, salary, earnings), the allowance or threshold that is free of tax
('personal allowance £12,570', 'the first £12,570 is tax-free', 'on everything over £12,570'), and one rate said
of the rest ('20% on the rest', 'the rest is taxed at 20%'). The question asks for the tax. Nothing is taxed when
the earnings do not pass the allowance. More than one rate (bands), national insurance, a pension or any other
deduction, or a question about what is left after tax declines: one rate on the rest is all this reader knows.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_periods import new_period_asked
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.money import percent
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_EARNED = frozenset("profit profits income salary earnings earn earned earns made make turnover pay wages".split())
_FREE = frozenset("allowance tax-free free threshold over above exceeding beyond".split())
_REST = frozenset("rest remainder balance above over excess".split())
_SPOILERS = frozenset(
    "higher additional bands band national insurance ni pension loan bonus plus except deduct deducted deduction "
    "deductions relief vat gst each per split after left net keep take-home home".split()
)


def solve_allowance_tax(tokens: list[Token], start: int) -> Solution | None:
    """One rate of tax on the earnings above an allowance; None unless the request is exactly that."""
    if new_period_asked(tokens, start):
        return None  # asked per another period than the story's
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    asked = question_words(tokens, start)
    if "tax" not in asked or words & _SPOILERS:
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    rates = [g for g in givens if g.quantity.percent]
    amounts = [g for g in givens if is_money(g.quantity.measure)]
    if len(givens) != 3 or len(rates) != 1 or len(amounts) != 2 or not 0 < rates[0].quantity.value < 1:
        return None
    frees = [g for g in amounts if _FREE & {*g.before[-3:], *g.after[:2]}]
    earned = [g for g in amounts if g not in frees and _EARNED & set(g.before[-3:])]
    if len(frees) != 1 or len(earned) != 1 or not _of_the_rest(tokens, rates[0]):
        return None
    income, free = earned[0].quantity, frees[0].quantity
    if not _same_period(income, free):
        return None
    return _taxed(income, free, rates[0])


def _of_the_rest(tokens: list[Token], rate: Given) -> bool:
    """'20% basic rate on the rest', 'the rest is taxed at 20%': the rate said of what is above the allowance."""
    after = {t.word for t in tokens[rate.end : rate.end + 6] if t.kind == "word"}
    return bool(_REST & (set(rate.before[-4:]) | after))


def _same_period(income: Quantity, free: Quantity) -> bool:
    """The earnings and the allowance in one currency and for one period: both for no period said, or earnings a
    year ('£30,000 a year') with an allowance said without one (allowances are yearly). Earnings a month or a week
    against an allowance of no period could be either, and decline."""
    assert income.measure is not None and free.measure is not None
    if income.measure == free.measure:
        return True
    per = income.measure.per
    plain = income.measure.name == free.measure.name and free.measure.per is None
    return plain and per is not None and per.name == "year"


def _taxed(income: Quantity, free: Quantity, rate: Given) -> Solution:
    measure = income.measure
    above = max(Fraction(income.value) - Fraction(free.value), Fraction(0))
    tax = Quantity(numbers.checked(above * Fraction(rate.quantity.value)), measure)
    steps = [
        f"{show(income, exact=True)} − {show(free, exact=True)} = {show(Quantity(above, measure), exact=True)} taxed"
        if above > 0
        else f"{show(income, exact=True)} does not pass the allowance of {show(free, exact=True)}: nothing is taxed",
        f"{percent(rate.quantity)} × {show(Quantity(above, measure), exact=True)} = {show(tax, exact=True)}",
    ]
    expression = f"{percent(rate.quantity)} * ({show(income)} - {show(free)})"
    solution = answer_for(tax, "tax above an allowance", expression, steps, suffix=" tax")
    solution.notes.append("one rate on what is earned above the allowance; no other bands or deductions")
    return solution
