"""Takings less the costs told, however the story is laid out: 'takings were £842 and costs were £317.50, profit?'
→ £524.50; 'the café had takings of £9,240. Costs were £3,100 for food, £1,450 rent, £2,280 staff and £390
utilities. What was the profit?' → £2,020; 'took £312 tonight, fuel was £48 and the app takes 15% of takings.
what's left for me?' → £312 − £48 − 15% × £312 = £217.20.

Exactly one amount is the income, said with a word of taking money beside it ('takings', 'took', 'revenue',
'billed', 'brought in', 'made'); every other amount is a cost, and none may be said with a word of money coming
in ('tips', 'got', 'received'). A percentage is a cost only when it is said to be of the takings. The question
asks for the profit, or what was cleared, netted or left. Amounts per a period, counts, days named one by one,
a share, a tax, a second currency or a loss decline the reading: they are other questions.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.calendars import WEEKDAYS
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.money import cents, percent
from servers.tools.calculator.profit_lines import profit_asked
from servers.tools.calculator.quantities import Quantity, is_money
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words, story_words
from servers.tools.calculator.tokens import Token

_INCOME = frozenset(
    "takings took take taken revenue revenues income sales turnover billed invoiced earned grossed made".split()
)
_ASKING = frozenset("what what's whats how".split())
_JOINS = frozenset("and but then while".split())
"""'20% of takings and fuel was £35': the words of the amount's own clause begin after the last join."""
_INCOME_AFTER = frozenset("takings revenue income sales turnover".split())
"""'the bakery's £11,420 takings': the income named after its amount."""
_COMING_IN = frozenset("tips tip got received donations donated grant raised sold refund refunded float".split())
"""Money coming in said beside an amount that is not the income: never a cost."""
_MADE = ("clear", "cleared", "net", "netted", "keep", "make", "made")
_SPOILERS = frozenset(
    "loss each per split share shared between among half twice double except unless not no didn't didnt wasn't "
    "also another extra plus owe owed loan borrowed deposit average averaged margin percentage percent both "
    "nearest rounded dp 2dp 1dp decimal places".split()
)
"""Words that make the story another question: a share, a second source of money, a rounding (read apart)."""
_TAXES = frozenset("tax vat gst".split())
"""A tax said beside an amount: is the profit before or after it?"""
_SHARE_OF = ("of takings", "of the takings", "of my takings", "of our takings", "of sales", "of the sales",
             "of revenue", "of the revenue", "of income", "of the income", "of the fares", "of fares")  # fmt: skip


def solve_net_profit(tokens: list[Token], start: int) -> Solution | None:
    """The income less every cost told; None unless the request is exactly that."""
    asked = question_words(tokens, start)
    if not (profit_asked(tokens, start, _MADE) or "left" in asked) or story_words(tokens, start) & _SPOILERS:
        return None
    if sum(t.word in _ASKING for t in tokens) > 1 or sum(t.text == "?" for t in tokens) > 1:
        return None  # two questions
    if len(story_words(tokens, start) & WEEKDAYS) > 1:
        return None  # takings told a day at a time: each of them income
    givens = givens_or_none(tokens, start)
    if givens is None or len(givens) < 2:
        return None
    shares = [g for g in givens if g.quantity.percent]
    amounts = [g for g in givens if not g.quantity.percent]
    if any(not _of_takings(g) or not 0 < g.quantity.value < 1 for g in shares):
        return None
    measures = {g.quantity.measure for g in amounts}
    if len(measures) != 1:
        return None
    measure = next(iter(measures))
    if measure is not None and (not is_money(measure) or measure.per is not None):
        return None
    if measure is None and any(g.noun or g.per_each for g in amounts):
        return None  # '40 cakes': a count, never an amount of money
    if any(set(g.before + g.after) & _TAXES for g in givens):
        return None
    incomes = [g for g in amounts if _income(tokens, g)]
    if len(incomes) != 1:
        return None
    income = incomes[0]
    costs = [g for g in amounts if g is not income]
    if not costs and not shares or any(set(g.before) & _COMING_IN or g.per_each for g in costs):
        return None
    if "after" in asked and len(costs) + len(shares) > 1:
        return None  # 'what did I clear after the pitch fee?' of two costs: which are taken off is unclear
    takings = Fraction(income.quantity.value)
    spent = sum((Fraction(g.quantity.value) for g in costs), Fraction(0))
    cut = sum((takings * Fraction(g.quantity.value) for g in shares), Fraction(0))
    profit = numbers.checked(takings - spent - cut)
    if profit <= 0:
        return None  # a loss: not what 'what was the profit' expects to hear
    money = Quantity(takings, measure)
    steps = [f"takings {cents(money)}"]
    steps += [f"less {cents(money, g.quantity.value)}" for g in costs]
    steps += [
        f"less {percent(g.quantity)} of {cents(money)} = {cents(money, takings * g.quantity.value)}" for g in shares
    ]
    steps.append(f"profit = {cents(money, profit)}")
    terms = [str(takings), *(str(Fraction(g.quantity.value)) for g in costs)]
    terms += [f"{takings} * {Fraction(g.quantity.value)}" for g in shares]
    solution = answer_for(Quantity(profit, measure), "takings less costs", " - ".join(terms), steps)
    solution.notes.append("the profit is the takings less every cost told")
    return solution


def _income(tokens: list[Token], g: Given) -> bool:
    """'takings were £842', 'I took £312', 'brought in £2,950', 'the £11,420 takings', 'Income: £15,000'."""
    if g.start >= 2 and tokens[g.start - 1].text == ":" and tokens[g.start - 2].word in _INCOME:
        return True
    label = g.before[max((k + 1 for k, w in enumerate(g.before) if w in _JOINS), default=0) :]
    return (
        bool(set(label) & _INCOME)
        or g.before[-2:] == ("brought", "in")
        or g.after[:1] != ()
        and g.after[0] in _INCOME_AFTER
    )


def _of_takings(g: Given) -> bool:
    """'the app takes 15% of takings': a share of the income."""
    return any(g.after[: len(phrase.split())] == tuple(phrase.split()) for phrase in _SHARE_OF)
