"""What is still owed after part of a debt is paid: 'My tenant has paid £2,600 of the £3,150 she owes. How much is
still outstanding?' → £3,150 − £2,600 = £550; 'I owe $900 and have paid $350, how much is left to pay?'.

The request gives exactly two amounts in one currency: one said paid ('has paid £2,600', 'I've paid $350') and one
said owed ('the £3,150 she owes', 'I owe $900', 'the £480 bill', 'of the £3,150'); the question asks what is still
owed ('outstanding', 'left to pay', 'still owe', 'remaining', 'the balance'). The amount paid must be no more than
the amount owed. Any other number, a percentage, or a word that changes the sum (interest, fees, instalments, a
share, 'each', 'per', 'more') declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.padding import request_window
from servers.tools.calculator.quantities import Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_PAID = frozenset("paid pay repaid cleared settled handed transferred sent".split())
_OWED = frozenset("owe owes owed due bill invoice debt total balance arrears".split())
_ASKED = frozenset("outstanding left remaining still balance owing".split())
_SPOILERS = frozenset(
    "interest fee fees charge charges late each per every percent percentage split share shared between among plus "
    "more extra instalment instalments installment installments month months monthly week weeks weekly year years "
    "tax vat discount off refund back half twice double if not no except more less than deposit change tip".split()
)
"""Words that make the sum more than what is owed less what was paid: a charge, a rate, a share, a condition."""
_NEAR = 3


def solve_outstanding(tokens: list[Token], start: int) -> Solution | None:
    """The amount still owed after a payment; None unless the request is exactly that."""
    window = request_window(tokens, start, 60)  # padded: look ahead without running off the request
    if window is None:
        return None
    tokens, end = window
    amounts: list[int] = []
    for k in range(start, end):
        t = tokens[k]
        if t.kind == "currency":
            if tokens[k + 1].kind != "number" or not tokens[k + 1].attached:
                return None
            amounts.append(k)
        elif t.kind == "number" and not (tokens[k - 1].kind == "currency" and t.attached):
            return None  # another number: a count, a date, a second sum
        elif t.kind == "word" and t.word in _SPOILERS or t.text == "%":
            return None
    words = [t.word for t in tokens[start:end]]
    if len(amounts) != 2 or not set(words) & _ASKED or tokens[amounts[0]].value != tokens[amounts[1]].value:
        return None
    roles = [_role(tokens, k, start, end) for k in amounts]
    if sorted(r for r in roles if r is not None) != ["owed", "paid"]:
        return None
    paid_at, owed_at = (amounts[0], amounts[1]) if roles[0] == "paid" else (amounts[1], amounts[0])
    paid, owed = Fraction(tokens[paid_at + 1].value), Fraction(tokens[owed_at + 1].value)
    if paid > owed:
        return None  # paid more than owed: a refund or a mistake, not a balance
    money = currency(tokens[paid_at].value)
    left = owed - paid
    shown = [show(Quantity(v, money), exact=True) for v in (owed, paid, left)]
    step = f"owed {shown[0]} − paid {shown[1]} = {shown[2]}"
    solution = answer_for(Quantity(left, money), "amount still owed", f"{shown[0]} - {shown[1]}", [step])
    solution.notes.append("what is still owed is the amount owed less what has been paid")
    return solution


def _role(tokens: list[Token], at: int, start: int, end: int) -> str | None:
    """'paid' or 'owed' from the words beside the amount at ``at`` (its sign), or None when they do not say."""
    before = [t.word for t in tokens[max(start, at - _NEAR) : at]]
    after = [t.word for t in tokens[at + 2 : min(end, at + 2 + _NEAR)] if t.kind == "word"]
    paid = bool(set(before) & _PAID)
    owed = bool(set(before[-2:]) & _OWED) or bool(set(after[:2]) & _OWED) or before[-2:] in (["of", "the"], ["of"])
    if paid and not owed:
        return "paid"
    if owed and not paid:
        return "owed"
    return None
