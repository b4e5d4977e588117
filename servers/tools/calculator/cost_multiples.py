"""A price set as a multiple of cost, perhaps with a percentage off it: 'A hand-tied costs me £18 to make and I price
it at 2.5 times cost. Then the hospital staff get 10% off. What do they pay?' → £18 × 2.5 − 10% = £40.50.

One amount of money said as the cost ('costs me £18', 'I buy them at £4'), one multiple said of it ('at 2.5 times
cost', 'three times what I paid', '2.5 times that'), and at most one percentage taken off the price ('10% off', a
'10% discount'). The question asks what is paid or the price. Anything else — a second amount or percentage, a
percentage added ('plus VAT'), a count of things, a profit or margin asked — declines: it is another problem.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import givens_or_none
from servers.tools.calculator.money import percent
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_COST_VERBS = frozenset("cost costs buy buys bought paid pay".split())
_OF_COST = (("cost",), ("the", "cost"), ("cost", "price"), ("that",), ("what", "i", "paid"), ("what", "it", "costs"))
_CUT = frozenset({"off", "discount"})
_ASKED = frozenset("pay pays paid price charge sell cost".split())
_SPOILERS = frozenset(
    "plus tax vat tip profit margin markup mark-up further another extra each per every both total altogether "
    "more less than minus after before".split()
)


def solve_cost_multiple(tokens: list[Token], start: int) -> Solution | None:
    """The price at a multiple of cost, less one percentage off; None when the request is not that."""
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if "times" not in words or words & _SPOILERS:
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    costs = [g for g in givens if is_money(g.quantity.measure)]
    cuts = [g for g in givens if g.quantity.percent]
    multiples = [
        g for g in givens if g.after[:1] == ("times",) and not g.quantity.percent and g.quantity.measure is None
    ]
    if len(costs) != 1 or len(multiples) != 1 or len(cuts) > 1 or len(givens) != 2 + len(cuts):
        return None
    cost, multiple = costs[0], multiples[0]
    measure = cost.quantity.measure
    if measure is None or measure.per is not None or not set(cost.before[-3:]) & _COST_VERBS:
        return None  # 'costs me £18': the cost said as one
    if not any(multiple.after[1 : 1 + len(said)] == said for said in _OF_COST) or multiple.start < cost.end:
        return None  # '2.5 times cost', said after the cost it multiplies
    if words & _CUT and not cuts:
        return None  # 'staff get some off': a cut of no size
    if cuts and not (set(cuts[0].after[:2]) & _CUT and cuts[0].start > multiple.end):
        return None  # '10% off' taken from the price, after it is set
    asked = {t.word for t in tokens[question_start(tokens, start) :] if t.kind == "word"}
    if not asked & _ASKED:
        return None
    factor = Fraction(multiple.quantity.value)
    if factor <= 1:
        return None
    price = Fraction(cost.quantity.value) * factor
    steps = [f"{show(cost.quantity)} × {numbers.format_number(factor)} = {show(Quantity(price, measure))}"]
    expression = f"{cost.quantity.value} * {factor}"
    if cuts:
        rate = Fraction(cuts[0].quantity.value)
        if not 0 < rate < 1:
            return None
        cut = price * rate
        steps.append(
            f"{percent(cuts[0].quantity)} off: {show(Quantity(price, measure))} − {show(Quantity(cut, measure))}"
        )
        price -= cut
        expression += f" * (1 - {rate})"
    paid = Quantity(numbers.checked(price), measure)
    steps.append(f"price = {show(paid)}")
    return answer_for(paid, "price from a multiple of cost", expression, steps)
