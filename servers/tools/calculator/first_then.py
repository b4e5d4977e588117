"""A charge for the first period and another for every period after it: 'Emergency call out is £85 for the first hour
then £45 for every half hour after that. Was at the job 2 and a half hours. What's the bill?' → £85 + 3 × £45.

Three figures: the first charge, said 'for the first <period>'; the charge after it, said 'for every (half or quarter)
<period>' or 'for each ...', with 'after' following; and how long it ran. The time past the first period is counted
in the later periods; when it is not a whole number of them, how a part period is charged is not said and the
reading declines (it never rounds). A time within the first period pays the first charge alone. A percentage, a cap
or minimum, a share, or a question of anything but the amount charged declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Measure, Quantity, is_money, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words, words_outside
from servers.tools.calculator.tokens import Token

_PARTS = {"half": Fraction(1, 2), "quarter": Fraction(1, 4)}
_ASKED = frozenset("bill pay paid cost charge charged owe total much fee".split())
_SPOILERS = frozenset(
    "percent percentage vat tax tip discount off cap capped max maximum minimum min each_person split share per "
    "between free except daily weekly or if would".split()
)
_AFTER = frozenset("after thereafter afterwards after that".split())


def solve_first_then(tokens: list[Token], start: int) -> Solution | None:
    """The charge for a first period and the periods after it; None unless the request is exactly that."""
    asked = question_words(tokens, start)
    if not set(asked) & _ASKED or "each" in asked:
        return None
    givens = givens_or_none(tokens, start)
    if givens is None or len(givens) != 3:
        return None
    first = next((g for g in givens if _first(g) is not None), None)
    later = next((g for g in givens if g is not first and _later(g) is not None), None)
    spans = [g for g in givens if g is not first and g is not later and _is_time(g.quantity.measure)]
    if first is None or later is None or len(spans) != 1 or later.start < first.start:
        return None
    if first.quantity.measure != later.quantity.measure:
        return None
    said = set(words_outside(tokens, start, givens))
    if said & _SPOILERS or not said & _AFTER:
        return None
    first_unit, told = _first(first), _later(later)
    assert first_unit is not None and told is not None
    part, later_unit = told
    span = spans[0].quantity
    assert span.measure is not None
    whole = Fraction(span.value) * Fraction(span.measure.factor)
    opening = Fraction(first_unit.factor)
    step = part * Fraction(later_unit.factor)
    extra = max(whole - opening, Fraction(0)) / step
    if not numbers.is_integer(extra):
        return None  # a part period: how it is charged is not said
    total = numbers.checked(Fraction(first.quantity.value) + extra * Fraction(later.quantity.value))
    measure = first.quantity.measure
    n = numbers.format_number(extra)
    period = ("half " if part == Fraction(1, 2) else "quarter " if part == Fraction(1, 4) else "") + later_unit.name
    steps = [
        f"{show(span)} is the first {first_unit.name} and {n} × {period} after it",
        f"{show(first.quantity, exact=True)} + {n} × {show(later.quantity, exact=True)} = "
        f"{show(Quantity(total, measure), exact=True)}",
    ]
    expression = f"{show(first.quantity)} + {n} * {show(later.quantity)}"
    solution = answer_for(Quantity(total, measure), "first period and periods after", expression, steps)
    solution.notes.append(f"the time past the first {first_unit.name} is a whole number of {period}s")
    return solution


def first_charged(tokens: list[Token], start: int) -> bool:
    """Whether an amount is said 'for the first <period>' ('£85 for the first hour')."""
    givens = givens_or_none(tokens, start)
    return givens is not None and any(_first(g) is not None for g in givens)


def _is_time(measure: Measure | None) -> bool:
    return measure is not None and measure.dimension == "time" and measure.per is None


def _first(g: Given) -> Measure | None:
    """'£85 for the first hour': the period the first charge covers."""
    if not is_money(g.quantity.measure) or g.quantity.measure.per is not None or g.after[:3] != ("for", "the", "first"):
        return None
    unit = lookup(g.after[3], short=False) if len(g.after) > 3 else None
    return unit if _is_time(unit) else None


def _later(g: Given) -> tuple[Fraction, Measure] | None:
    """'£45 for every half hour', '£30 for each hour': the share of a period each later charge covers."""
    if not is_money(g.quantity.measure) or g.quantity.measure.per is not None:
        return None
    if g.after[:1] != ("for",) or g.after[1:2] not in (("every",), ("each",)):
        return None
    rest = g.after[2:]
    part = _PARTS.get(rest[0], Fraction(1)) if rest else Fraction(1)
    word = rest[1] if rest and rest[0] in _PARTS and len(rest) > 1 else rest[0] if rest else ""
    unit = lookup(word, short=False) if word else None
    return (part, unit) if unit is not None and _is_time(unit) else None
