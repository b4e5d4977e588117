"""Baker's percentages: an ingredient as a percentage of the flour's weight. '500g flour at 72% hydration, how much
water?' → 360 g; '1 kg of flour with 2% salt, how much salt?' → 20 g.

One amount of flour by weight ('500g flour', '1 kg of flour') and one percentage said with what it is of the flour
('72% hydration' is water, '2% salt'); the question asks for that ingredient ('how much water'). A second amount or
percentage, an amount of dough (whose share of flour is another sum) or a question for another ingredient declines
the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import read_givens
from servers.tools.calculator.quantities import Quantity, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_NAMED = {"hydration": "water", "water": "water", "salt": "salt", "yeast": "yeast", "sugar": "sugar",
          "butter": "butter", "oil": "oil", "starter": "starter", "levain": "levain", "milk": "milk"}  # fmt: skip
_SPOILERS = frozenset("dough total loaf loaves each per more less extra plus minus twice double half".split())


def solve_bakers_percent(tokens: list[Token], start: int) -> Solution | None:
    """An ingredient from its baker's percentage of the flour; None when the request is not that."""
    if any(t.word in _SPOILERS for t in tokens[start:]):
        return None
    givens = read_givens(tokens, start)
    percents = [g for g in givens if g.quantity.percent]
    amounts = [g for g in givens if not g.quantity.percent]
    if len(percents) != 1 or len(amounts) != 1:
        return None
    flour = amounts[0]
    measure = flour.quantity.measure
    said = [t.word for t in tokens[flour.start + 1 : flour.end + 2]]
    if measure is None or measure.dimension != "mass" or measure.per is not None or "flour" not in said:
        return None
    ingredient = _NAMED.get(tokens[percents[0].end].word)
    first = question_start(tokens, start)
    asks = [k for k in range(first, len(tokens)) if tokens[k].word in ("how", "what", "what's", "whats")]
    first = asks[-1] if asks else first  # 'Sourdough with 450g flour ... - how much water': the ask itself
    asked = [t.word for t in tokens[first:] if t.kind == "word"]
    if ingredient is None or ingredient not in asked or "flour" in asked:
        return None
    named = {m for t in tokens[first:] if t.kind == "word" and (m := lookup(t.word, short=False)) is not None}
    if named - {measure}:
        return None  # 'how many ml of water': a unit the flour's weight is not in
    share = Fraction(percents[0].quantity.value)
    result = Quantity(numbers.checked(Fraction(flour.quantity.value) * share), measure)
    pct = numbers.format_number(share * 100)
    working = f"{pct}% × {show(flour.quantity)}"
    solution = answer_for(result, "baker's percentage", working, [f"{working} = {show(result)}"])
    solution.answer += f" of {ingredient}"
    solution.notes.append("a baker's percentage is of the flour's weight" + (
        " (hydration is the water)" if ingredient == "water" else ""))  # fmt: skip
    return solution
