"""What is still owed on a bill once payments are made against it: 'The invoice was $2,400 and we paid $1,850. How
much is still owed?' → $550; 'The plumber's bill came to £640 and I've paid £250 so far. How much do I still owe?'
→ £390.

The first amount is the bill: said of a bill's noun ('the invoice was', 'the bill came to', 'the quote is'). Every
later amount is a payment against it, said after a word of paying ('paid', 'put down', 'gave them'). The question
asks what is owed ('still owe', 'still owed', 'left to pay', 'outstanding', 'the balance'). Money in one currency;
a percentage, a rate, interest, a fee, a discount, an amount added, or more paid than the bill declines the
reading (what is left of money *had* is ``balances``').
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token

_BILLS = frozenset("bill invoice quote total fee fees repair repairs job".split())
_PAYING = frozenset("paid pay paying put gave given handed transferred deposit".split())
_OWED = ("still owe", "still owed", "still owing", "left to pay", "outstanding", "balance", "owe", "owed", "due")
_SPOILERS = frozenset(
    "interest tax vat tip discount off refund refunded plus more extra half twice each per every month months week "
    "weeks year years instalment instalments installment installments monthly weekly percent if split share "
    "between budget spent left".split()
)


def solve_owed(tokens: list[Token], start: int) -> Solution | None:
    """The bill less what has been paid against it; None unless the request is exactly that."""
    asked = question_words(tokens, start)
    if not any(has_phrase(asked, phrase) for phrase in _OWED):
        return None
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if words & _SPOILERS - {"left"} or "left" in words and not has_phrase(asked, "left to pay"):
        return None
    if any(t.text == "%" for t in tokens[start:]):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None or len(givens) < 2 or not all(_money(g) for g in givens):
        return None
    bill, payments = givens[0], givens[1:]
    if not _BILLS & set(bill.before) or not all(_PAYING & set(g.before[-3:]) for g in payments):
        return None
    if len({g.quantity.measure.symbol for g in givens if g.quantity.measure is not None}) != 1:
        return None  # two currencies
    owed = Fraction(bill.quantity.value) - sum(Fraction(g.quantity.value) for g in payments)
    if owed < 0:
        return None  # more paid than the bill: a refund, not a debt
    left = Quantity(numbers.checked(owed), bill.quantity.measure)
    paid = " − ".join(show(g.quantity, exact=True) for g in payments)
    steps = [f"{show(bill.quantity, exact=True)} − {paid} = {show(left, exact=True)}"]
    expression = " - ".join(show(g.quantity) for g in givens)
    solution = answer_for(left, "still owed", expression, steps, suffix=" still owed")
    solution.notes.append("the bill less what has been paid against it")
    return solution


def _money(g: Given) -> bool:
    m = g.quantity.measure
    return not g.quantity.percent and m is not None and is_money(m) and m.per is None
