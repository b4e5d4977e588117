"""The amount before a percentage fee was taken, from what was received after it: 'The platform took an 8% fee and I
received 1,840. What was the original amount the client paid?' → 1,840 ÷ (1 − 8%) = 2,000.

The request gives one percentage said as a fee, commission or cut taken ('took an 8% fee', 'after 20% commission',
'the agent keeps 15%'), one amount said as received ('I received 1,840', 'I got £400', 'paid out $920'), and asks
the amount before it ('original amount', 'what the client paid', 'before the fee', 'gross', 'sale price'). The fee
is a share of the amount before it, so what was received is the rest; asked the fee itself ('how much was the
fee'), it is the difference. A second amount or percentage, or a fee of 100% or more, declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.padding import request_window
from servers.tools.calculator.quantities import AMOUNT, Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_FEES = frozenset("fee fees commission cut charge charges deduction".split())
_TAKEN = frozenset("took takes take taken kept keeps keep deducted deducts charged charges after less minus".split())
_RECEIVED = frozenset("received receive got get paid given left netted cleared banked".split())
_ASKED = frozenset("original before gross sale price paid pay total full start started".split())
_SPOILERS = frozenset(
    "plus tax vat tip each per split share between among discount off more than half twice double interest "
    "month months year years week weeks not no except".split()
)
_NEAR = 4


def solve_fee_reversed(tokens: list[Token], start: int) -> Solution | None:
    """The amount before a fee from what was left after it; None unless the request is exactly that."""
    window = request_window(tokens, start, 50)  # padded: look ahead without running off the request
    if window is None:
        return None
    tokens, end = window
    rates = [k for k in range(start, end) if tokens[k].kind == "number" and tokens[k + 1].text == "%"]
    amounts = [k for k in range(start, end) if tokens[k].kind == "number" and k not in rates]
    if len(rates) != 1 or len(amounts) != 1 or any(t.word in _SPOILERS for t in tokens[start:end]):
        return None
    rate, at = Fraction(tokens[rates[0]].value) / 100, amounts[0]
    if not 0 < rate < 1 or tokens[at + 1].kind == "word" and tokens[at + 1].attached:
        return None
    near_rate = {t.word for t in tokens[max(start, rates[0] - _NEAR) : rates[0] + 2 + _NEAR]}
    if not near_rate & _FEES or not near_rate & _TAKEN:
        return None  # a percentage not said to be a fee taken off
    before = {t.word for t in tokens[max(start, at - _NEAR) : at]}
    if not before & _RECEIVED:
        return None
    question = _question(tokens, start, end)
    fee_asked = bool(question & _FEES) and not question & _ASKED  # 'How much was the fee?'
    if not question & _ASKED and not fee_asked:
        return None
    sign = tokens[at - 1] if tokens[at - 1].kind == "currency" and tokens[at].attached else None
    money = currency(sign.value) if sign is not None else AMOUNT
    received = Fraction(tokens[at].value)
    original = numbers.checked(received / (1 - rate))
    kept = show(Quantity(1 - rate, percent=True))
    shown = show(Quantity(received, money), exact=True)
    steps = [
        f"what was received is 100% − {show(Quantity(rate, percent=True))} = {kept} of the amount before the fee",
        f"{shown} ÷ {kept} = {show(Quantity(original, money), exact=True)}",
    ]
    if fee_asked:
        fee = original - received
        steps.append(f"the fee: {show(Quantity(original, money), exact=True)} − {shown} = "
                     f"{show(Quantity(fee, money), exact=True)}")  # fmt: skip
        solution = answer_for(Quantity(fee, money), "fee taken", f"{shown} / (1 - {rate}) - {shown}", steps)
        solution.notes.append("the fee is a share of the amount before it, so what was received is the rest of it")
        return solution
    solution = answer_for(Quantity(original, money), "amount before a fee", f"{shown} / (1 - {rate})", steps)
    solution.notes.append("the fee is a share of the amount before it, so what was received is the rest of it")
    return solution


def _question(tokens: list[Token], start: int, end: int) -> set[str]:
    """The words of the last sentence: where the question is asked."""
    k = end - 1
    while k > start and tokens[k - 1].text not in (".", "?", "!"):
        k -= 1
    return {t.word for t in tokens[k:end]}
