"""What is still owed on a bill after payments against it: 'The plumber's bill came to £640 and I've paid £250 so
far. How much do I still owe?' → £640 − £250 = £390.

The first amount is the bill, named by the words before it ('the invoice was $2,400', 'the bill came to £640', 'the
quote is €1,200'); every later amount is a payment, said after a verb of paying ('we paid $1,850', "I've paid
£250", 'paid another £100') or listed on after one ('paid £200 and £150'). The question asks what is still to pay
('how much do I still owe', 'how much is still owed', 'what's outstanding', 'how much is left to pay', 'the
balance'). Amounts in one currency; a percentage, interest, a fee, a share between people, a refund, or payments
beyond the bill decline the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.givens import Given, read_givens
from servers.tools.calculator.quantities import AMOUNT, Quantity, is_money, show
from servers.tools.calculator.reader import NotUnderstood
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_start, question_words
from servers.tools.calculator.tokens import Token

_BILLS = frozenset("bill invoice quote total cost balance".split())
_BILLED = frozenset("was is came comes come to of for".split())
_PAYING = frozenset("paid pay paying repaid handed transferred sent".split())
_ASKS = ("still owe", "still owed", "still owing", "still due", "outstanding", "left to pay", "still to pay",
         "remaining balance", "balance left", "balance remaining", "owe now", "is owed", "is owing")  # fmt: skip
_SPOILERS = frozenset(
    "interest percent fee fees charge charges late penalty each per split share shared between refund refunded "
    "back discount off tip tax vat plus extra more twice double half instead except".split()
)
"""Words that add to the bill, take from it in another way, or share it: not a plain balance."""


def solve_owed(tokens: list[Token], start: int) -> Solution | None:
    """The bill less the payments against it; None when the request is not that."""
    question = question_start(tokens, start)
    asked = question_words(tokens, start)
    if not any(has_phrase(asked, p) for p in _ASKS):
        return None
    story = {t.word for t in tokens[start:question] if t.kind == "word"}
    if story & _SPOILERS or {t.word for t in tokens[question:]} & _SPOILERS:
        return None
    try:
        givens = read_givens(tokens, start)
    except NotUnderstood:
        return None
    if len(givens) < 2 or any(g.quantity.percent or g.start >= question for g in givens):
        return None
    measures = {g.quantity.measure for g in givens}
    if len(measures) != 1 or not all(m is None or is_money(m) and m.per is None for m in measures):
        return None
    bill, payments = givens[0], givens[1:]
    if not (set(bill.before) & _BILLS and bill.before[-1:] and bill.before[-1] in _BILLED):
        return None
    if not _paid(payments):
        return None
    money = bill.quantity.measure or AMOUNT
    paid = sum((Fraction(g.quantity.value) for g in payments), Fraction(0))
    total = Fraction(bill.quantity.value)
    if paid > total:
        return None  # paid more than the bill: a refund is due, not a balance
    rest = total - paid
    said = " − ".join(show(Quantity(g.quantity.value, money), exact=True) for g in payments)
    steps = [f"{show(Quantity(total, money), exact=True)} − {said} = {show(Quantity(rest, money), exact=True)}"]
    return answer_for(Quantity(rest, money), "balance owed", f"{total} - {paid}", steps, suffix=" still owed")


def _paid(payments: list[Given]) -> bool:
    """Whether the first payment follows a verb of paying and each later one is listed on after it ('and £150')."""
    first = payments[0]
    if not set(first.before[-3:]) & _PAYING:
        return False
    return all(g.before[-1:] in (("and",), (",",), ("another",), ("then",)) or set(g.before[-2:]) & _PAYING
               for g in payments[1:])  # fmt: skip
