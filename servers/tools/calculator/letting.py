"""Rent received after a letting agent's cut, over a period: 'I let out a flat for £950 a month and the letting agent
takes 12% of the rent. How much do I get in a year?' → £950 × (1 − 12%) = £836 a month; × 12 = £10,032 a year.

The story gives the rent as an amount a period ('£950 a month', '$400 per week') and one percentage, said to be the
agent's ('the agent takes 12%', 'the agency charges 15%', 'a 10% management fee', 'the property manager keeps
10%'), taken off every payment of rent. The question asks what the landlord gets ('get', 'receive', 'keep', 'take
home', 'left') for a period ('in a year', 'each month'): the same period as the rent, or a year of them (12 months,
or 52 weeks — the calendar people count in, said in the answer). A tax, a mortgage, a second fee or any other
number is one the reading would leave out, and declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import givens_or_none
from servers.tools.calculator.money import percent
from servers.tools.calculator.quantities import Measure, Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token

_AGENT = frozenset("agent agents agency agent's letting manager management managing fee commission".split())
_CUT = frozenset("takes take took keeps keep charges charge charged gets fee commission".split())
_GET = frozenset("get gets receive receives keep make earn left net home pocket clear".split())
_SPOILERS = frozenset(
    "tax taxes mortgage insurance repairs maintenance deposit void empty vacant plus minus bills utilities vat first "
    "once one-off setup set-up only initial upfront".split()
)
"""Words that change what is taken or when ('12% of the first month's rent' is taken once, not every month)."""
PERIODS = {  # the periods a rent is said per, and how it is said
    "month": ("a month", "per month", "each month", "every month", "monthly", "pcm"),
    "week": ("a week", "per week", "each week", "every week", "weekly"),
    "year": (
        "a year", "per year", "each year", "every year", "yearly", "annually", "per annum", "in a year",
        "over a year", "for a year", "for the year", "over the year", "in one year", "annual",
    ),
}  # fmt: skip
IN_A_YEAR = {"month": 12, "week": 52}


def solve_net_rent(tokens: list[Token], start: int) -> Solution | None:
    """The rent left after the agent's percentage, for the period asked; None unless the request is exactly that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if not _AGENT & set(words) or _SPOILERS & set(words):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    rents = [g for g in givens if is_money(g.quantity.measure) and g.quantity.measure.per is not None]
    cuts = [g for g in givens if g.quantity.percent]
    if len(givens) != 2 or len(rents) != 1 or len(cuts) != 1 or not 0 < cuts[0].quantity.value < 1:
        return None
    if not (_AGENT | _CUT) & set(cuts[0].before + cuts[0].after[:2]):
        return None  # the percentage is not said to be the agent's
    rent = rents[0].quantity
    measure = rent.measure
    assert measure is not None and measure.per is not None
    period = measure.per.name
    if period not in IN_A_YEAR:
        return None
    question = question_words(tokens, start)
    if not _GET & set(question):
        return None
    asked = [name for name, phrases in PERIODS.items() if any(has_phrase(question, p) for p in phrases)]
    if len(asked) != 1 or asked[0] not in (period, "year"):
        return None
    plain = Measure(measure.name, measure.dimension, Fraction(1), measure.symbol)
    cut = Fraction(cuts[0].quantity.value)
    each = Fraction(rent.value) * (1 - cut)
    agent_q = Quantity(Fraction(rent.value) * cut, plain)
    steps = [
        f"{percent(cuts[0].quantity)} of {show(Quantity(rent.value, plain), exact=True)} = "
        f"{show(agent_q, exact=True)} to the agent",
        f"{show(Quantity(rent.value, plain), exact=True)} − {show(agent_q, exact=True)} = "
        f"{show(Quantity(each, plain), exact=True)} a {period}",
    ]
    expression = f"{show(Quantity(rent.value, plain))} * (1 - {percent(cuts[0].quantity)})"
    total = each
    if asked[0] == "year":
        count = IN_A_YEAR[period]
        total = Fraction(numbers.checked(each * count))
        steps.append(
            f"{show(Quantity(each, plain), exact=True)} × {count} = {show(Quantity(total, plain), exact=True)}"
        )
        expression += f" * {count}"
    solution = answer_for(
        Quantity(total, plain), "rent after the agent's fee", expression, steps, suffix=f" a {asked[0]}"
    )
    solution.notes.append("the agent's percentage is taken off every payment of rent")
    if asked[0] == "year" and period == "week":
        solution.notes.append("a year is counted as 52 weeks")
    return solution
