"""The profit on things bought and sold: 'small shop, i bought 48 mugs at £3.20 each and sold all of
them at £7.50 each. whats my total profit' -> £206.40; 'bought 20 shirts for $12 each and sold them for $25 each,
how much profit did I make?'; 'i bought 30 books at $4 each and sold each one for $9. profit?'; with no count, one
price against the other ('I buy mugs for $12 and sell them for $20. What's my profit?' -> $8.00).

Each price is told apart by the nearest verb before it (buying or selling), not by its order; a price is one
thing's when said with 'each' ('£3.20 each', 'sold each one for $9'), else it is what all of them came to. The
profit is what they sold for less what they cost, in money. A percentage asked ('profit as a percentage') is a
markup or a margin (``markups``); a loss, some left unsold, a second count, fees or tax decline the reading.
"""

from __future__ import annotations

from dataclasses import replace

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import AMOUNT, Quantity, is_money, multiply, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token
from servers.tools.calculator.trailing_each import each_trails

_BUY = frozenset("buy buys bought buying paid pay pays purchase purchased purchasing cost costs".split())
_SELL = frozenset("sell sells sold selling resell resold shift shifted".split())
"""The verbs of either side: what the things cost me ('they cost me £3.20 each to make'), and what they sold for
('if I shift the lot at £2.20 a kilo')."""
_CHARGE = frozenset("charge charges charged".split())
"""'we charge £4.50': what they sold for; 'they charge us £3.20': what they cost. Said by no one, it is neither."""
_CLEARED = frozenset("clear clears cleared".split())
"""'how much do we actually clear': the profit asked, in the question."""
_NOT_CLEARED = frozenset("after and once minus less before take took takings left each per".split())
"""Words in a question that ask more than what is cleared: 'clear after the van', 'clear and take'."""
_SPOILERS = frozenset(
    "tax vat fee fees shipping postage delivery commission percent percentage margin markup unsold left kept "
    "except only half some broke broken lost returned discount off rent wages per".split()
)
_FROM_WHOM = frozenset("the a an my our".split())
"""'bought them off the wholesaler': whom from, not a discount ('£5 off')."""
_CLAUSE_ENDS = frozenset(".,;:!?")
_EACH_BEFORE = (("each",), ("each", "one"), ("each", "of", "them"), ("every", "one"))


def solve_profit(tokens: list[Token], start: int) -> Solution | None:
    """Takings less costs of a count of things bought and sold; None when the request is not exactly that."""
    words = {t.word for t, after in zip(tokens[start:], tokens[start + 1 :], strict=False)
             if t.kind == "word" and not (t.word == "off" and after.word in _FROM_WHOM)}  # fmt: skip
    if (
        not ("profit" in words or _clear_asked(tokens, start))
        or words & _SPOILERS
        or any(t.text == "%" for t in tokens[start:])
    ):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    prices = [g for g in givens if is_money(g.quantity.measure)] or _bare_prices(tokens, start, givens)
    counts = [g for g in givens if g.quantity.measure is None and not g.quantity.percent and _counted(g)]
    counts = [g for g in counts if all(g.start != p.start for p in prices)]
    measured = [g for g in givens if g.quantity.measure is not None and not is_money(g.quantity.measure)]
    if len(givens) != len(counts) + len(measured) + 2 or len(counts) + len(measured) > 1 or len(prices) != 2:
        return None
    count = counts[0].quantity.value if counts else 1  # 'buy mugs for $12, sell them for $20': one price and another
    if count <= 0 or not numbers.is_integer(count):
        return None
    sides = {_side(tokens, start, g): g for g in prices}
    if set(sides) != {"buy", "sell"}:
        return None
    each = _each(tokens, sides["buy"]) and tokens[sides["sell"].start - 1].word == "at"
    if "profit" not in words and not all(_each(tokens, g) for g in prices):
        return None  # 'sold 45 at £3 each and printing cost us £60, what did we clear': takings less a cost
    if measured:  # '30 kilos of tomatoes for £42, sold at £2.20 a kilo': a rate's price is of the amount bought
        cost, takings = (_of_amount(sides[side], measured[0]) for side in ("buy", "sell"))
        if cost is None or takings is None:
            return None
    elif any(g.quantity.measure is not None and g.quantity.measure.per is not None for g in prices):
        return None
    elif counts and counts[0].start > max(g.start for g in prices):  # 'buy at 98p, sell at £1.35: profit on 20?'
        cost, takings = (Quantity(numbers.checked(sides[s].quantity.value * count), sides[s].quantity.measure)
                         for s in ("buy", "sell"))  # fmt: skip
    else:
        cost, takings = (_total(tokens, sides[side], count, each=each) for side in ("buy", "sell"))
        if any(t is sides[side].quantity and each_trails(tokens, sides[side].end) for side, t in
               (("buy", cost), ("sell", takings))):  # fmt: skip
            return None  # 'cost me G$3,800 fi each cage': one thing's price in words not read as saying so
    if cost.measure != takings.measure or takings.value <= cost.value:
        return None  # another currency, or a loss: not a profit to report
    profit = Quantity(numbers.checked(takings.value - cost.value), cost.measure)
    steps = [
        f"cost {_working(tokens, sides['buy'], count)}" if counts else f"cost {show(cost)}",
        f"takings {_working(tokens, sides['sell'], count, each=each)}" if counts else f"sold for {show(takings)}",
    ] if not measured else [
        f"cost {_amount_working(sides['buy'], measured[0], cost)}",
        f"takings {_amount_working(sides['sell'], measured[0], takings)}",
    ]  # fmt: skip
    if counts and not measured and counts[0].start > max(g.start for g in prices):  # a price of one, times the count
        n = numbers.format_number(count)
        steps[:2] = [f"cost {n} × {show(sides['buy'].quantity)} = {show(cost)}",
                     f"takings {n} × {show(sides['sell'].quantity)} = {show(takings)}"]  # fmt: skip
    steps += [
        f"profit = {show(takings)} − {show(cost)} = {show(profit)}",
    ]
    expression = f"{show(takings)} - {show(cost)}"
    solution = answer_for(profit, "profit", expression, steps, suffix=" profit")
    if not counts and not measured:
        solution.notes.append("no count is said: the profit is on what the one price bought and the other sold")
    return solution


def _bare_prices(tokens: list[Token], start: int, givens: list[Given]) -> list[Given]:
    """Two figures with no currency, each said as what a thing was bought or sold 'at' or 'for' ('buy 48 plugs at
    45k each and sell at 65k'), one of them a thing's price: the prices, in the currency the user did not name.
    None are when either side is not said, or a figure names what it counts."""
    bare = [g for g in givens if g.quantity.measure is None and not g.quantity.percent and not g.noun]
    said = [g for g in bare if g.start > 0 and tokens[g.start - 1].word in ("at", "for")]
    if len(said) != 2 or {_side(tokens, start, g) for g in said} != {"buy", "sell"}:
        return []
    if not any(_each(tokens, g) for g in said):
        return []  # 'at 45k and sell at 65k': each plug's price or the lot's, with no currency to go by
    return [replace(g, quantity=Quantity(g.quantity.value, AMOUNT), per_each=_each(tokens, g)) for g in said]


def _clear_asked(tokens: list[Token], start: int) -> bool:
    asked = question_words(tokens, start)
    return any(w in _CLEARED for w in asked) and not set(asked) & _NOT_CLEARED


def _counted(g: Given) -> bool:
    """A count of the things: 'sold 48 mugs', or 'I sold 48' with the verb right before it."""
    return bool(g.noun) or g.before[-1:] == ("sold",) or g.before[-1:] == ("sell",)


def _of_amount(price: Given, amount: Given) -> Quantity | None:
    """What an amount bought or sold came to: the price as given, or a price per unit times the amount."""
    measure = price.quantity.measure
    if measure is None or measure.per is None:
        return price.quantity
    if amount.quantity.measure is None or measure.per.dimension != amount.quantity.measure.dimension:
        return None
    return multiply(amount.quantity, price.quantity)


def _amount_working(price: Given, amount: Given, total: Quantity) -> str:
    if total is price.quantity:
        return f"{show(total)} in all"
    return f"{show(amount.quantity)} × {show(price.quantity)} = {show(total)}"


def _side(tokens: list[Token], start: int, g: Given) -> str:
    """'buy' or 'sell': the nearest verb of either before the price; '' when none is said."""
    for k in range(g.start - 1, start - 1, -1):
        word = tokens[k].word
        if word in _BUY:
            return "buy"
        if word in _SELL:
            return "sell"
        if word in _CHARGE and tokens[k + 1].word in ("us", "me"):
            return "buy"  # 'the baker charges us £3.20 a loaf': what it cost
        if word in _CHARGE and k > 0 and tokens[k - 1].word in ("we", "i"):
            return "sell"  # 'we charge visitors £4.50 a head': what it sold for
    return ""


def _each(tokens: list[Token], g: Given) -> bool:
    """'£3.20 each', 'sold each one for $9': one thing's price."""
    if g.per_each or g.after[:1] in (("each",), ("apiece",)) or g.after[:2] in (("a", "piece"), ("per", "piece")):
        return True  # a price with no currency is not marked 'each' by the givens: '45k each'
    if _clause_of_each(tokens, g.start):
        return True  # 'and each one costs me $1.10 to make': one thing's cost, whatever verb follows
    if g.start < 2 or tokens[g.start - 1].word not in ("for", "at"):
        return False
    before = [t.word or t.text.lower() for t in tokens[max(0, g.start - 4) : g.start - 1]]  # "one" is a number
    return any(tuple(before[-len(phrase) :]) == phrase for phrase in _EACH_BEFORE)


def _clause_of_each(tokens: list[Token], at: int) -> bool:
    """Whether the clause a price is said in opens with 'each' or 'every one' ('each plate costs me 34 baht')."""
    first = at
    while first > 0 and tokens[first - 1].text not in _CLAUSE_ENDS and tokens[first - 1].word not in ("and", "but"):
        first -= 1
    return tokens[first].word == "each" or tokens[first].word == "every" and tokens[first + 1].text.lower() == "one"


def _total(tokens: list[Token], g: Given, count: numbers.Real, *, each: bool = False) -> Quantity:
    """What all of them came to; ``each`` when the other side's price is one thing's and this one is said 'at'
    it ('bought 48 at 45k each and sell at 65k': 65k a plug, as the plugs are priced)."""
    q = g.quantity
    return Quantity(numbers.checked(q.value * count), q.measure) if each or _each(tokens, g) else q


def _working(tokens: list[Token], g: Given, count: numbers.Real, *, each: bool = False) -> str:
    total = _total(tokens, g, count, each=each)
    if total is g.quantity:
        return f"{show(total)} in all"
    return f"{numbers.format_number(count)} × {show(g.quantity)} = {show(total)}"
