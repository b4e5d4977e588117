"""Pay at a rate for a time against a fixed sum: 'Contracting at £550/day for 220 days vs an £85k salary, how much
more do I gross contracting?' → £36,000 more.

Three numbers: money at a rate ('£550/day', '£40 an hour'), how long it is paid for in that period's unit ('220
days'), and one sum of the same currency ('an £85k salary'), set against each other by 'vs', 'versus', 'compared
to' or 'or'. The question asks how much more (or less) the first comes to than the second: said first, it is the
one the question is about. A difference the other way from the one asked, another number, or a tax or percentage
declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import read_givens
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_AGAINST = (("vs",), ("v",), ("versus",), ("compared", "to"), ("compared", "with"), ("or",), ("against",))
_SPOILERS = frozenset("tax taxed vat net after deductions each per extra plus minus twice double half".split())


def solve_rate_versus(tokens: list[Token], start: int) -> Solution | None:
    """How much more (or less) pay at a rate comes to than a fixed sum; None when the request is not that."""
    givens = read_givens(tokens, start)
    if len(givens) != 3 or any(g.quantity.percent for g in givens):
        return None
    paid, span, fixed = givens
    pm, sm, fm = paid.quantity.measure, span.quantity.measure, fixed.quantity.measure
    if pm is None or sm is None or fm is None or pm.per is None or not is_money(pm) or fm.per is not None:
        return None
    if not is_money(fm) or pm.name != fm.name or sm != pm.per:
        return None
    between = [t.word for t in tokens[span.end : fixed.start] if t.kind == "word"]
    if not any(tuple(between[k : k + len(p)]) == p for p in _AGAINST for k in range(len(between))):
        return None
    first = question_start(tokens, start)
    asks = [k for k in range(first, len(tokens)) if tokens[k].word == "how"]
    first = asks[-1] if asks else first  # '... a £70,000 post - how much more': the ask itself
    words = [t.word for t in tokens[first:] if t.kind == "word"]
    if any(t.word in _SPOILERS for t in tokens[start:] if t.kind == "word" and t.word != "per"):
        return None
    named = {w for w in (*fixed.after[:1], *fixed.before[-1:]) if w.isalpha() and w not in ("vs", "versus", "or")}
    if named & set(words):
        return None  # 'how much more does the salary pay': the question is about the second, not the first
    more, less = "more" in words, "less" in words
    if more == less or "how" not in words or "much" not in words:
        return None
    total = Fraction(paid.quantity.value) * Fraction(span.quantity.value)
    difference = total - Fraction(fixed.quantity.value)
    if difference == 0 or (difference > 0) != more:
        return None  # the first comes to less than the question supposes
    amount = Quantity(numbers.checked(abs(difference)), fm)
    gross = Quantity(numbers.checked(total), fm)
    steps = [
        f"{show(paid.quantity)} × {show(span.quantity)} = {show(gross)}",
        f"{show(gross)} − {show(fixed.quantity)} = {show(Quantity(numbers.checked(difference), fm))}",
    ]
    working = f"{show(paid.quantity)} × {show(span.quantity)} − {show(fixed.quantity)}"
    return answer_for(amount, "difference", working, steps, suffix=" more" if more else " less")
