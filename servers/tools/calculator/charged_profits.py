"""The profit on a thing bought and sold when a percentage is charged on one side: 'Sold a signed Pratchett for £180
today! I paid £45 for it at auction plus 25% buyer's premium. How much profit?' → £180 − (£45 + 25%) = £123.75;
'bought it for $200 and sold it for $350 less 10% commission' → $350 − 10% − $200 = $115.

Two amounts of money, each told apart by the nearest verb before it (buying or selling), and one percentage named as
a charge ('buyer's premium', 'fee', 'commission', 'VAT') said right after one of them: added to a price paid ('plus
25% buyer's premium'), taken off a price sold for ('less 10% commission'). The question asks the profit. A count of
things, a price each or a rate, a second percentage, a charge of no size or a loss declines (``profits`` reads a
profit with no charge).
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.money import percent
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_BUY = frozenset("buy buys bought buying paid pay pays purchase purchased won".split())
_SELL = frozenset("sell sells sold selling resell resold".split())
_ADDED = frozenset({"plus", "+", "and"})
_TAKEN = frozenset({"less", "minus", "after"})
_CHARGES = frozenset("premium fee fees commission vat tax charge surcharge".split())
_SPOILERS = frozenset(
    "each per unsold left half some loss shipping postage delivery listing discount off every both twice".split()
)


def solve_charged_profit(tokens: list[Token], start: int) -> Solution | None:
    """Takings less cost, one of them with its named percentage charge; None when the request is not that."""
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if "profit" not in words or words & _SPOILERS:
        return None
    givens = givens_or_none(tokens, start)
    if givens is None or len(givens) != 3:
        return None
    rates = [g for g in givens if g.quantity.percent]
    prices = [g for g in givens if not g.quantity.percent]
    if (
        len(rates) != 1
        or any(not _plain_money(g) for g in prices)
        or prices[0].quantity.measure != prices[1].quantity.measure
    ):
        return None
    sides = {_side(tokens, start, g): g for g in prices}
    charge = rates[0]
    said_of = max((g for g in prices if g.end <= charge.start), key=lambda g: g.end, default=None)
    if set(sides) != {"buy", "sell"} or said_of is None or not set(charge.after[:2]) & _CHARGES:
        return None
    between = [t.word or t.text for t in tokens[said_of.end : charge.start]]
    link = charge.before[-1:] + charge.before[-2:-1]  # the word before the percentage, or before its 'a'
    rate = Fraction(charge.quantity.value)
    cost, takings = (Fraction(sides[side].quantity.value) for side in ("buy", "sell"))
    if said_of is sides["buy"] and link[:1] and link[0] in _ADDED | {"a"} and set(between) & _ADDED:
        cost, working = cost * (1 + rate), f"cost {show(sides['buy'].quantity)} + {percent(charge.quantity)}"
    elif said_of is sides["sell"] and set(between) & _TAKEN:
        takings, working = takings * (1 - rate), f"takings {show(sides['sell'].quantity)} − {percent(charge.quantity)}"
    else:
        return None
    if takings <= cost:
        return None  # a loss: not a profit to report
    money = prices[0].quantity.measure
    profit = Quantity(numbers.checked(takings - cost), money)
    steps = [
        f"{working} = {show(Quantity(cost if 'cost' in working else takings, money))}",
        f"profit = {show(Quantity(takings, money))} − {show(Quantity(cost, money))} = {show(profit)}",
    ]
    return answer_for(profit, "profit", f"{takings} - {cost}", steps, suffix=" profit")


def _plain_money(g: Given) -> bool:
    m = g.quantity.measure
    return is_money(m) and m.per is None and not g.per_each


def _side(tokens: list[Token], start: int, g: Given) -> str:
    """'buy' or 'sell': the nearest verb of either before the price; '' when none is said."""
    for k in range(g.start - 1, start - 1, -1):
        if tokens[k].word in _BUY:
            return "buy"
        if tokens[k].word in _SELL:
            return "sell"
    return ""
