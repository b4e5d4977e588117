"""The average of a sum of money over the people or things it came from: 'The bake sale and sponsored walk together
raised £3,240 from 135 donors. What was the average donation?' → £3,240 ÷ 135 = £24; 'we sold 80 tickets and took
$1,240, what was the average ticket price?'.

The request gives one amount of money (a total, not a rate) and one whole count of people or things (not of time).
The story says the amount was gathered or spent ('raised', 'collected', 'took', 'spent'), and never that it is
each one's ('each', 'per', 'a head', 'averaging'), so the total is divided, never multiplied. The question asks the
average ('average donation', 'mean spend', 'on average how much did each give') and names only money said of one
of the count; anything else (an average age, a second number) declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import givens_or_none
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_GATHERED = frozenset(
    "raised raise raising collected collect collecting donated donate gave given pledged brought spent spend paid "
    "made took taken earned takings totalled totaled sold received".split()
)
"""Verbs that make the amount the total of what the count gave, paid or spent."""
_EACH = frozenset("each every per apiece head average averaging averaged mean roughly about".split())
"""Words of the story that would make the amount each one's or an average already: the reading declines."""
_AVERAGE = frozenset("average mean".split())
_MONEY_OF_ONE = frozenset(
    "donation donations gift gifts contribution contributions pledge pledges spend spending payment amount price "
    "sale ticket fare bill order purchase".split()
)
"""Nouns of the question naming the money one of the count gave or paid ('the average donation')."""
_QUESTION = (
    _AVERAGE
    | _MONEY_OF_ONE
    | frozenset(
        "what what's whats was is were the a how much did does each one give gave pay paid spend spent donate "
        "donated on per".split()
    )
)


def solve_total_average(tokens: list[Token], start: int) -> Solution | None:
    """The total divided by the count it came from; None unless the request is exactly that."""
    givens = givens_or_none(tokens, start)
    if givens is None or len(givens) != 2:
        return None
    totals = [g for g in givens if is_money(g.quantity.measure) and not g.quantity.percent]
    counts = [g for g in givens if g.quantity.measure is None and not g.quantity.percent and g.noun]
    if len(totals) != 1 or len(counts) != 1:
        return None
    measure = totals[0].quantity.measure
    if measure is None or measure.per is not None:
        return None
    count = counts[0]
    if not numbers.is_integer(count.quantity.value) or count.quantity.value <= 1 or count.count_per is not None:
        return None
    ask = question_start(tokens, start)
    if ask <= max(g.end for g in givens) - 1:
        return None  # the question must follow the story, not hold its numbers
    inside = {i for g in givens for i in range(g.start, g.end)}
    story = {t.word for i, t in enumerate(tokens[start:ask], start) if t.kind == "word" and i not in inside}
    asked = [t.word for t in tokens[ask:] if t.kind == "word"]
    nouns = _forms(count.noun)
    if not _GATHERED & story or _EACH & story or not _AVERAGE & set(asked):
        return None
    if not set(asked) <= _QUESTION | nouns or not (_MONEY_OF_ONE | nouns) & set(asked):
        return None
    total = totals[0].quantity
    share = Quantity(numbers.checked(Fraction(total.value) / Fraction(count.quantity.value)), total.measure)
    said = " ".join(t.text for t in tokens[count.start : count.end])
    expression = f"{show(total)} ÷ {said}"
    solution = answer_for(share, "average", expression, [f"{expression} = {show(share, exact=True)}"])
    solution.notes.append(f"the total shared evenly over the {said} it came from")
    return solution


def _forms(noun: str) -> set[str]:
    """The count's noun as the question may say it: 'donors' or 'donor'."""
    word = noun.split()[-1] if noun else ""
    return {word, word.removesuffix("s")} - {""}
