"""What a sale made after its costs: 'raffle: 350 tickets at £2 each, the prizes cost us £145. how much did we
make?' → 350 × £2 − £145 = £555; 'sold 120 cakes at £1.50 and spent £40 on ingredients, how much profit?'.

The story gives one count of things sold with the price of one ('350 tickets at £2 each'), and one or more costs,
each said with a word of paying out ('cost us £145', 'spent £40', '£20 of expenses'). The question asks what was
made ('how much did we make', 'what did I clear') or the profit. What they made is the takings less every cost,
all in one currency. A percentage, a second count, a price not of one, things left unsold or given back, a fee or
tax, or a share asked of each declines the reading, and so does a loss.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.profit_lines import after_costs, profit_asked
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words, words_outside
from servers.tools.calculator.tokens import Token

_MADE = ("make", "made", "clear", "cleared", "net", "netted")
_COSTS = frozenset("cost costs costing spent spend paid pay expenses expense outlay outgoings".split())
_SPOILERS = frozenset(
    "tax vat fee fees shipping postage delivery commission percent percentage margin markup unsold left kept "
    "except only half some broke broken lost returned refund refunded free discount off wages not no didn't "
    "unless if would could extra another twice double split share shared between among each per every "
    "remaining still already budget gross raise raised loss back".split()
)
"""Words that change what the sale made or ask for something else; 'each' is read only in the price."""


def solve_takings(tokens: list[Token], start: int) -> Solution | None:
    """The takings of a count sold at a price each, less the costs told; None unless exactly that."""
    if not profit_asked(tokens, start, _MADE):
        return None
    asked = question_words(tokens, start)
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    counts = [g for g in givens if g.quantity.measure is None and not g.quantity.percent and g.noun]
    money = [g for g in givens if is_money(g.quantity.measure) and g.quantity.measure.per is None]
    if len(counts) != 1 or len(money) < 2 or len(counts) + len(money) != len(givens):
        return None
    count = counts[0]
    prices = [g for g in money if _priced_at(tokens, count, g)]
    if len(prices) != 1 or not numbers.is_integer(count.quantity.value) or count.quantity.value <= 0:
        return None
    price = prices[0]
    costs = [g for g in money if g is not price]
    if not all(_COSTS & {*g.before[-3:], *g.after[:1]} for g in costs):
        return None  # an amount not said to be paid out: a float, a target, a second price
    if len({g.quantity.measure for g in money}) != 1 or not after_costs(asked, costs):
        return None  # 'what did I clear after the van?': a cost not told
    said = words_outside(tokens, start, givens)
    if tokens[price.end].word == "each":
        said.remove("each")  # the price's own ('£2 each'); any other ('each plate costs me 34 baht') spoils
    if set(said) & _SPOILERS:
        return None
    return _made(count, price, costs)


def _priced_at(tokens: list[Token], count: Given, price: Given) -> bool:
    """'350 tickets at £2 each', '120 cakes at £1.50': the price of one, right after the count it prices."""
    gap = tokens[count.end : price.start]
    return len(gap) == 1 and gap[0].word in ("at", "@") or price.per_each and len(gap) <= 1


def _made(count: Given, price: Given, costs: list[Given]) -> Solution | None:
    measure = price.quantity.measure
    n = Fraction(count.quantity.value)
    takings = numbers.checked(n * Fraction(price.quantity.value))
    spent = sum((Fraction(g.quantity.value) for g in costs), Fraction(0))
    made = numbers.checked(takings - spent)
    if made <= 0:
        return None  # a loss: not what 'how much did we make' expects to hear
    shown = [show(g.quantity, exact=True) for g in costs]
    steps = [
        f"takings {numbers.format_number(n)} × {show(price.quantity, exact=True)} = "
        f"{show(Quantity(takings, measure), exact=True)}",
        f"costs {' + '.join(shown)} = {show(Quantity(spent, measure), exact=True)}" if len(costs) > 1 else
        f"costs {shown[0]}",
        f"{show(Quantity(takings, measure), exact=True)} − {show(Quantity(spent, measure), exact=True)} = "
        f"{show(Quantity(made, measure), exact=True)}",
    ]  # fmt: skip
    expression = f"{numbers.format_number(n)} * {show(price.quantity)} - {' - '.join(shown)}"
    solution = answer_for(Quantity(made, measure), "takings less costs", expression, steps)
    solution.notes.append("what was made is the takings less the costs told")
    return solution
