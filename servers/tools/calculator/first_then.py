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
from servers.tools.inputs import ToolInputError

_PARTS = {"half": Fraction(1, 2), "quarter": Fraction(1, 4)}
_ASKED = frozenset("bill pay paid cost charge charged owe total much fee fare".split())
_SPOILERS = frozenset(
    "percent percentage vat tax tip discount off cap capped max maximum minimum min each_person split share per "
    "between free except daily weekly or if would".split()
)
_AFTER = frozenset("after thereafter afterwards after that".split())
_PROBLEM = "first period and periods after"


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
    if first is None or later is None or later.start < first.start:
        return None
    first_unit, told = _first(first), _later(later)
    assert first_unit is not None and told is not None
    spans = [g for g in givens if g is not first and g is not later and _is_extent(g.quantity.measure)]
    if len(spans) != 1 or _money_of(first.quantity.measure) != _money_of(later.quantity.measure):
        return None
    if not _is_same(spans[0].quantity.measure, first_unit) or not _is_same(told[1], first_unit):
        return None  # 'first km ... 7 hours': the charges do not run over what was said
    said = set(words_outside(tokens, start, givens))
    if said & _SPOILERS or not said & _AFTER:
        return None
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
    solution = answer_for(Quantity(total, measure), _PROBLEM, expression, steps)
    solution.notes.append(f"the time past the first {first_unit.name} is a whole number of {period}s")
    return solution


def first_charged(tokens: list[Token], start: int) -> bool:
    """Whether an amount is said 'for the first <period>' ('£85 for the first hour'), or a charge starts after a
    first stretch ('Rs 10 per minute after the first 5 minutes')."""
    givens = givens_or_none(tokens, start)
    return givens is not None and any(_first(g) is not None or _after_first(g) for g in givens)


def _after_first(g: Given) -> bool:
    """'after the first 5 minutes': a charge that starts once a first stretch is over."""
    return g.before[-3:] == ("after", "the", "first") or g.before[-2:] == ("after", "first")


def _is_same(measure: Measure | None, unit: Measure) -> bool:
    return measure is not None and measure.dimension == unit.dimension


def _money_of(measure: Measure | None) -> str:
    """The currency of a charge, whether or not it is per a unit ('Rs 85 per km': rupees)."""
    return "" if measure is None else measure.dimension


def _is_extent(measure: Measure | None) -> bool:
    """A time or a distance the charges run over ('the first hour', 'first km')."""
    return measure is not None and measure.dimension in ("time", "length") and measure.per is None


def _first(g: Given) -> Measure | None:
    """'£85 for the first hour', 'Rs 100 for first km': the unit the first charge covers."""
    if not is_money(g.quantity.measure) or g.quantity.measure.per is not None:
        return None
    after = (
        g.after[3:]
        if g.after[:3] == ("for", "the", "first")
        else g.after[2:]
        if g.after[:2] == ("for", "first")
        else ()
    )
    unit = lookup(after[0], short=False) if after else None
    return unit if _is_extent(unit) else None


def _later(g: Given) -> tuple[Fraction, Measure] | None:
    """'£45 for every half hour', '£30 for each hour', 'Rs 85 per km': the share of a unit each later charge covers."""
    measure = g.quantity.measure
    if not is_money(measure):
        return None
    if measure.per is not None:
        return (Fraction(1), measure.per) if _is_extent(measure.per) else None
    if g.after[:1] != ("for",) or g.after[1:2] not in (("every",), ("each",)):
        return None
    rest = g.after[2:]
    part = _PARTS.get(rest[0], Fraction(1)) if rest else Fraction(1)
    word = rest[1] if rest and rest[0] in _PARTS and len(rest) > 1 else rest[0] if rest else ""
    unit = lookup(word, short=False) if word else None
    return (part, unit) if unit is not None and _is_extent(unit) else None


def refuse_unread_first(tokens: list[Token], solution: Solution) -> None:
    """Decline an answer that passed over 'after the first 3 hours': a rate charged only past a first stretch is
    not the rate times all of it, and a reading that did not read the stretch cannot have taken it off."""
    if solution.problem == _PROBLEM:
        return
    for k in range(len(tokens) - 3):
        if tokens[k].word == "after" and tokens[k + 1].word in ("the", "first"):
            rest = tokens[k + 2 :] if tokens[k + 1].word == "the" else tokens[k + 1 :]
            if rest[0].word == "first" and (rest[1].kind == "number" or _is_extent(lookup(rest[1].word, short=False))):
                raise ToolInputError(
                    "it charges only after a first stretch, and the answer would pass over it. Say how long it ran "
                    "in all and ask again."
                )
