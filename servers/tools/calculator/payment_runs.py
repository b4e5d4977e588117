"""A run of equal payments added up: 'Calculate 12 monthly payments of £45.50' → £546.00; 'what do 24 instalments of
$99 come to in total?' → $2,376.00.

Two numbers and nothing else: a whole count of payments, named right after it ('12 monthly payments', '6 equal
instalments'), then 'of' and the amount of each ('of £45.50'). The answer is what the run pays in all. Every other
word must be one of a question about that total ('how much', 'in total', 'altogether', 'come to'); anything more —
a deposit, interest, a fee, 'each' asked, another period ('how much a week') — is another problem, and declines
the reading (one part of an amount spread over payments is ``instalments``').
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import givens_or_none
from servers.tools.calculator.periods import ADJECTIVES
from servers.tools.calculator.quantities import Measure, Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_PAYMENTS = frozenset("payment payments instalment instalments installment installments repayments repayment".split())
_TERMS = frozenset(
    "monthly weekly fortnightly quarterly yearly annual equal regular fixed interest-free".split()
)  # fmt: skip
"""Words between the count and its payments that only say how often or that each is the same: none changes the sum."""
_ASKING = frozenset(
    "how much what what's whats is are was were do does did will would it that this they those the come comes came "
    "to total totals in altogether overall all together sum add adds up i we you pay paid pays make made for "
    "payment payments".split()
)
"""The words of a question about the run's total: what it comes to, adds up to, or what is paid for it."""


def solve_payment_run(tokens: list[Token], start: int) -> Solution | None:
    """The total of so many equal payments of a stated amount; None unless the request is exactly that."""
    givens = givens_or_none(tokens, start, 2)
    if givens is None:
        return None
    count, amount = givens
    money = _each_payment(amount.quantity.measure)
    if count.quantity.measure is not None or count.quantity.percent or amount.quantity.percent:
        return None
    if money is None or amount.quantity.value <= 0:
        return None
    if not numbers.is_integer(count.quantity.value) or count.quantity.value < 2:
        return None
    if not _payments_of(tokens, count.start + 1, amount.start):
        return None
    said = {ADJECTIVES[t.word] for t in tokens[count.start + 1 : amount.start] if t.word in ADJECTIVES}
    per = amount.quantity.measure.per if amount.quantity.measure is not None else None
    if per is not None and per.name not in said:
        return None  # 'monthly payments of £45.50 a week': two periods for one payment
    outside = {i for g in givens for i in range(g.start, g.end)} | set(range(count.start, amount.start))
    for i in range(start, len(tokens) - 1):
        token = tokens[i]
        if i in outside or token.text in ("?", ",", ".", "-", "—"):
            continue
        if token.kind != "word" or token.word not in _ASKING:
            return None
    if amount.per_each and tokens[amount.end - 1].word != "each":
        return None
    total = Quantity(numbers.checked(Fraction(amount.quantity.value) * Fraction(count.quantity.value)), money)
    label = numbers.format_number(count.quantity.value)
    steps = [f"{label} × {show(amount.quantity, exact=True)} = {show(total, exact=True)}"]
    solution = answer_for(total, "payments in total", f"{label} * {show(amount.quantity)}", steps, suffix=" in total")
    solution.notes.append("every payment is the same amount; the run pays the count times one payment")
    return solution


def _each_payment(measure: Measure | None) -> Measure | None:
    """The money one payment is: 'monthly payments of £45.50' read the amount as £45.50 a month, which is still one
    payment's worth; None for anything but money (or money a month)."""
    if measure is None or not is_money(measure):
        return None
    if measure.per is None:
        return measure
    if measure.per.dimension != "time" or measure.per.per is not None:
        return None
    return Measure(measure.name, measure.dimension, measure.factor * measure.per.factor, measure.symbol)


def _payments_of(tokens: list[Token], begin: int, amount: int) -> bool:
    """'monthly payments of', 'equal interest-free instalments of': terms, the payments, then 'of' the amount."""
    words = tokens[begin:amount]
    if len(words) < 2 or any(t.kind != "word" for t in words) or words[-1].word != "of":
        return False
    if words[-2].word not in _PAYMENTS or words[-2].word.rstrip("s") == words[-2].word:
        return False  # '12 payment of' is no count of payments
    return all(t.word in _TERMS for t in words[:-2])
