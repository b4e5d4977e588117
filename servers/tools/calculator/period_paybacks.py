"""How many periods of profit pay back what a thing cost: 'I bought the van for £34,200 and it makes £950 profit a
month. How many months to get my money back?' → £34,200 ÷ £950 a month = 36 months.

Two amounts in one currency: what was paid for the thing ('bought ... for', 'cost', 'paid', 'invested') and what it
brings in each period ('makes £950 a month', '£950 profit a month', 'earns £220 a week'). The question asks how
many of that period ('how many months') before the money is back ('to get my money back', 'to pay for itself',
'to break even', 'to recover the cost'). Fewer periods than the quotient leave part of the cost unrecovered, so a
quotient that is not whole is rounded up, and the answer says so. A percentage, a third figure, a question in
another period, or a rate that is not money brought in declines the reading.
"""

from __future__ import annotations

import math
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import givens_or_none
from servers.tools.calculator.quantities import Measure, is_money, lookup, show, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token

_BACK = (
    "money back", "back my money", "pay for itself", "pays for itself", "paid for itself", "pay itself back",
    "pay itself off", "break even", "recover the cost", "recover my money", "recover it", "recoup", "earn back",
    "earn it back", "make back", "make it back", "pay back the", "paid back", "cover the cost",
)  # fmt: skip
_BOUGHT = frozenset("bought buy cost costs paid spent purchased invested for".split())
_BRINGS = frozenset("makes make made earns earn earned brings bring clears clear profit nets net".split())
_SPOILERS = frozenset("percent loan interest tax vat each per after first minus less".split())


def solve_period_payback(tokens: list[Token], start: int) -> Solution | None:
    """The whole number of periods whose takings first reach what the thing cost; None unless exactly that."""
    asked = question_words(tokens, start)
    if "many" not in asked or not has_phrase(asked, "how many") or not any(has_phrase(asked, p) for p in _BACK):
        return None
    if set(asked) & _SPOILERS or "%" in {t.text for t in tokens}:
        return None
    givens = givens_or_none(tokens, start)
    if givens is None or len(givens) != 2 or any(g.quantity.percent for g in givens):
        return None
    cost, taking = givens
    cost_unit, taking_unit = cost.quantity.measure, taking.quantity.measure
    if not is_money(cost_unit) or cost_unit.per is not None or not is_money(taking_unit):
        return None
    per = taking_unit.per or _profit_per(taking.after)  # '£950 a month', '£950 profit a month'
    if cost_unit.dimension != taking_unit.dimension or per is None or per.dimension != "time" or per.per is not None:
        return None
    if not _BOUGHT & set(cost.before[-3:]) or not _BRINGS & set(taking.before[-3:] + taking.after[:1]):
        return None  # 'bought ... for £34,200', 'it makes £950 a month': the cost, and what the thing brings in
    period = per.name
    noun = asked[asked.index("many") + 1] if asked.index("many") + 1 < len(asked) else ""
    if singular(noun) != period or cost.quantity.value <= 0 or taking.quantity.value <= 0:
        return None  # 'how many weeks' of £950 a month: months against weeks are not counted
    quotient = Fraction(cost.quantity.value) / Fraction(taking.quantity.value)
    periods = math.ceil(quotient)
    steps = [f"{show(cost.quantity, exact=True)} ÷ {show(taking.quantity, exact=True)} = "
             f"{numbers.format_number(quotient)} {noun}"]  # fmt: skip
    if periods != quotient:
        steps.append(f"{periods - 1} {noun} would leave part of the cost unrecovered, so {periods}")
    solution = Solution(f"{periods} {noun}", periods, "periods to pay back a cost",
                        f"ceil({cost.quantity.value} / {taking.quantity.value})", steps)  # fmt: skip
    if periods != quotient:
        solution.notes.append("rounded up: the cost is back only at the end of the last period")
    return solution


def _profit_per(after: tuple[str, ...]) -> Measure | None:
    """'£950 profit a month': the period the profit named after the amount is made in."""
    if after[:1] != ("profit",) or after[1:2] not in (("a",), ("an",), ("per",), ("every",)) or len(after) < 3:
        return None
    return lookup(after[2], short=False)
