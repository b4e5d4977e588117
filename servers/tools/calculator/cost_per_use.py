"""The cost of what one use takes from a pack bought whole: '16kg sack of flour costs £14.80 and each loaf uses
375g. What's the flour cost per loaf in pence?' → 34.69p.

Three numbers: a price, the amount the price buys ('16kg sack', '5 litres'), and the amount one use takes, said
with the thing used for ('each loaf uses 375g', '375 g per loaf', 'a wash takes 40 ml'), in the same kind of
measure. The question asks the cost per that thing ('cost per loaf', 'how much does each loaf cost'), in the price's
currency or in its hundredths ('in pence', 'in cents'). Another number, a second price, or a use said of nothing
the question names declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, read_givens
from servers.tools.calculator.quantities import Quantity, convert, is_money, show, singular
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_USES = frozenset("uses use takes take needs need requires require".split())
_HUNDREDTHS = frozenset({"pence", "p", "cents", "cent", "penny", "pennies"})
_SPOILERS = frozenset("more less extra plus minus twice double half discount off tax vat tip left".split())


def solve_cost_per_use(tokens: list[Token], start: int) -> Solution | None:
    """The cost of one use from the pack's price; None when the request is not that."""
    if any(t.word in _SPOILERS or t.text == "%" for t in tokens[start:]):
        return None
    givens = read_givens(tokens, start)
    prices = [g for g in givens if _money(g)]
    measured = [g for g in givens if not _money(g) and g.quantity.measure is not None and not g.quantity.percent]
    if len(givens) != 3 or len(prices) != 1 or len(measured) != 2:
        return None
    price = prices[0].quantity
    assert price.measure is not None
    if price.measure.per is not None:
        return None
    first = question_start(tokens, start)
    asked = [t.word for t in tokens[first:] if t.kind == "word"]
    uses = [(g, thing) for g in measured if (thing := _use_of(tokens, g)) and singular(thing) in map(singular, asked)]
    if len(uses) != 1 or not _asks_cost(asked, uses[0][1]):
        return None
    use, thing = uses[0]
    pack = next(g for g in measured if g is not use)
    p, u = pack.quantity, use.quantity
    assert p.measure is not None and u.measure is not None
    if p.measure.dimension != u.measure.dimension or p.measure.per or u.measure.per or p.value <= 0:
        return None
    share = Fraction(convert(u.value, u.measure, p.measure)) / Fraction(p.value)
    cost = numbers.checked(Fraction(price.value) * share)
    working = f"{show(price)} × {show(u)} ÷ {show(p)}"
    if _HUNDREDTHS & set(asked[asked.index("in") + 1 :] if "in" in asked else []):
        pence = numbers.checked(cost * 100)
        shown = f"{numbers.format_number(numbers.round_half_up(pence, 2))}p per {singular(thing)}"
        solution = Solution(shown, pence, "cost per use", working, [f"{working} = {shown}"], "pence")
    else:
        solution = answer_for(Quantity(cost, price.measure), "cost per use", working, [working], suffix="")
        solution.answer += f" per {singular(thing)}"
    solution.notes.append(f"the pack's price shared by what one {singular(thing)} takes of it")
    return solution


def _money(given: Given) -> bool:
    measure = given.quantity.measure
    return measure is not None and is_money(measure)


def _use_of(tokens: list[Token], given: Given) -> str:
    """The thing one use is for: 'each loaf uses 375g' → loaf, '375 g per loaf' → loaf; '' when not said so."""
    if tokens[given.end].word == "per" and tokens[given.end + 1].kind == "word":
        return tokens[given.end + 1].word
    k = given.start - 1
    if (
        k >= 2
        and tokens[k].word in _USES
        and tokens[k - 1].kind == "word"
        and tokens[k - 2].word in ("each", "a", "one", "every")
    ):
        return tokens[k - 1].word
    return ""


def _asks_cost(asked: list[str], thing: str) -> bool:
    """'cost per loaf', 'how much does each loaf cost', 'cost of one loaf'."""
    noun = singular(thing)
    for k, word in enumerate(asked[:-1]):
        if word in ("per", "each", "a", "one") and singular(asked[k + 1]) == noun:
            return "cost" in asked or "costs" in asked or ("how", "much") == tuple(asked[:2])
    return False
