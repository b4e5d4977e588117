"""How many uses pay back what a thing cost: 'The association bought a new honey extractor for £1,450 and we charge
members £12 each time they borrow it. How many hires before it's paid for itself?' → £1,450 ÷ £12 = 120.83, so 121.

Two amounts in one currency: what was paid for the thing ('bought ... for £1,450', 'cost £1,450') and what one use
of it brings in ('£12 each time', '£12 a hire'). The question asks how many uses before it has paid for itself (or
'to pay it off', 'to cover it', 'to break even'). Fewer uses than the quotient leave part of the cost unpaid, so a
quotient that is not whole is rounded up, and the answer says so. A percentage, a third figure, a charge per a
period or a unit, or a question of a share or of money declines the reading.
"""

from __future__ import annotations

import math
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import is_money, lookup, show
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token

_PAID_BACK = (
    "paid for itself", "pay for itself", "pays for itself", "paid itself off", "pay it off", "paid off", "pay off",
    "break even", "cover the cost", "cover it", "covered", "recoup", "pay back", "paid back", "pay for it",
)  # fmt: skip
_BOUGHT = frozenset("bought buy cost costs paid spent for purchased".split())
_SPOILERS = frozenset("each per percent percentage profit tax vat month months week weeks year years".split())


def solve_payback(tokens: list[Token], start: int) -> Solution | None:
    """The whole number of uses whose charges first reach what the thing cost; None unless exactly that."""
    asked = question_words(tokens, start)
    if not has_phrase(asked, "how many") or not any(has_phrase(asked, p) for p in _PAID_BACK):
        return None
    if set(asked) & _SPOILERS:
        return None
    givens = givens_or_none(tokens, start)
    if givens is None or len(givens) != 2 or any(g.quantity.percent for g in givens):
        return None
    cost, charge = givens
    if not all(is_money(g.quantity.measure) and g.quantity.measure.per is None for g in givens):
        return None
    if cost.quantity.measure != charge.quantity.measure or not _BOUGHT & set(cost.before[-3:]):
        return None
    if not _per_use(charge) or cost.quantity.value <= 0 or charge.quantity.value <= 0:
        return None
    quotient = Fraction(cost.quantity.value) / Fraction(charge.quantity.value)
    uses = math.ceil(quotient)
    noun = asked[asked.index("many") + 1] if asked.index("many") + 1 < len(asked) else "uses"
    steps = [
        f"{show(cost.quantity, exact=True)} ÷ {show(charge.quantity, exact=True)} = {numbers.format_number(quotient)}"
    ]
    if uses != quotient:
        steps.append(f"{uses - 1} {noun} would leave part of the cost unpaid, so {uses}")
    solution = Solution(
        f"{uses} {noun}",
        uses,
        "uses to pay back a cost",
        f"ceil({cost.quantity.value} / {charge.quantity.value})",
        steps,
    )
    if uses != quotient:
        solution.notes.append("rounded up: the cost is covered only once the last use is made")
    return solution


def _per_use(g: Given) -> bool:
    """'£12 each time', '£12 a hire', '£12 per go': what one use brings in, not a rate per a unit or a period."""
    after = g.after
    if g.per_each and after[:1] == ("time",):
        return True  # '£12 each time they borrow it'
    if after[:2] == ("each", "time") or after[:2] == ("every", "time") or after[:2] == ("a", "time"):
        return True
    if after[:1] in (("a",), ("an",), ("per",)) and len(after) > 1:
        return lookup(after[1], short=False) is None
    return False
