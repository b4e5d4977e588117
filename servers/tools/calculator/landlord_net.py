"""What a landlord has left from the rent after the letting agent's cut and the property's own costs: 'rent in is
1,650 a month, the letting agent keeps 12% of the rent, and my mortgage is 1,200 a month. What's left each month?'
→ 12% of 1,650 = 198; 1,650 − 198 − 1,200 = 252 a month.

The story gives the rent a period ('£1,650 a month', or '1,650 a month' with no currency said), one percentage
said to be the agent's and taken off every payment of rent, and one or more costs a period, each named ('mortgage',
'insurance', 'service charge'), all in the rent's currency and by the rent's period. The question asks what is
left ('left', 'net', 'profit', 'clear', 'keep') for that period, or for a year of them (12 months, 52 weeks, said
in the answer). A cost said once ('a one-off repair'), a tax, a void month or any number the reading leaves out
declines. The rent with the agent's cut alone is ``letting``'s.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.letting import IN_A_YEAR, PERIODS
from servers.tools.calculator.money import percent
from servers.tools.calculator.quantities import AMOUNT, Measure, Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token

_AGENT = frozenset("agent agents agency letting manager management managing".split())
_COSTS = frozenset(
    "mortgage insurance service charge charges maintenance repairs bills utilities loan ground fees fee upkeep "
    "council".split()
)
"""Words naming a cost the property has every period ('mortgage', 'insurance', 'service charge')."""
_LEFT = frozenset("left net profit clear keep pocket remain remains remaining leftover".split())
_SPOILERS = frozenset(
    "tax taxes void vacant empty first once one-off initial upfront deposit split share except "
    "plus minus only if would instead save saving".split()
)


def solve_landlord_net(tokens: list[Token], start: int) -> Solution | None:
    """The rent left after the agent's percentage and the costs, for the period asked; None unless exactly that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if not _AGENT & set(words) or _SPOILERS & set(words):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None or not 3 <= len(givens) <= 6:
        return None
    cuts = [g for g in givens if g.quantity.percent]
    if len(cuts) != 1 or not 0 < cuts[0].quantity.value < 1 or not _AGENT & set(cuts[0].before):
        return None
    amounts = [(g, _period(tokens, g)) for g in givens if g is not cuts[0]]
    if any(period is None for _, period in amounts):
        return None
    rent, costs = amounts[0], amounts[1:]
    if not {"rent", "rents", "let", "lets", "rented"} & set(rent[0].before) or not costs:
        return None
    if any(not _COSTS & set(g.before) or period != rent[1] for g, period in costs):
        return None  # every cost named, and by the rent's period
    measure = _money(rent[0])
    if measure is None or any(_money(g) != measure for g, _ in costs):
        return None
    period = rent[1]
    assert period is not None
    asked_words = question_words(tokens, start)
    if not _LEFT & set(asked_words):
        return None
    asked = [name for name, said in PERIODS.items() if any(has_phrase(asked_words, p) for p in said)]
    if asked not in ([period], ["year"]) or period not in IN_A_YEAR:
        return None
    cut = Fraction(cuts[0].quantity.value)
    rent_value = Fraction(rent[0].quantity.value)
    fee = rent_value * cut
    spent = [Fraction(g.quantity.value) for g, _ in costs]
    left = rent_value - fee - sum(spent, Fraction(0))

    def shown(value: Fraction) -> str:
        return show(Quantity(value, measure), exact=True)

    steps = [
        f"{percent(cuts[0].quantity)} of {shown(rent_value)} = {shown(fee)} to the agent",
        f"{shown(rent_value)} − {shown(fee)} − {' − '.join(shown(v) for v in spent)} = {shown(left)} a {period}",
    ]
    expression = f"{shown(rent_value)} * (1 - {percent(cuts[0].quantity)}) - {' - '.join(shown(v) for v in spent)}"
    total = left
    if asked == ["year"]:
        count = IN_A_YEAR[period]
        total = Fraction(numbers.checked(left * count))
        steps.append(f"{shown(left)} × {count} = {shown(total)}")
        expression = f"({expression}) * {count}"
    solution = answer_for(Quantity(total, measure), "rent left after the agent and costs", expression, steps,
                          suffix=f" a {asked[0]}")  # fmt: skip
    solution.notes.append("the agent's percentage is taken off every payment of rent")
    if asked == ["year"]:
        solution.notes.append(f"a year is counted as {IN_A_YEAR[period]} {period}s")
    if total < 0:
        solution.notes.append("a negative amount is a shortfall: the costs are more than the rent")
    return solution


def _period(tokens: list[Token], given: Given) -> str | None:
    """The period an amount is by: its measure's ('£1,650 a month') or the words after a bare number ('1,650 a
    month')."""
    measure = given.quantity.measure
    if measure is not None and measure.per is not None:
        return measure.per.name
    if measure is not None and not is_money(measure):
        return None
    after = given.after
    if after[:2] in (("a", "month"), ("per", "month"), ("each", "month")) or after[:1] == ("pcm",):
        return "month"
    if after[:2] in (("a", "week"), ("per", "week"), ("each", "week")):
        return "week"
    return None


def _money(given: Given) -> Measure | None:
    """The currency of an amount, by itself (a plain amount when none is said)."""
    measure = given.quantity.measure
    if measure is None:
        return AMOUNT
    if not is_money(measure):
        return None
    return Measure(measure.name, measure.dimension, Fraction(1), measure.symbol)
