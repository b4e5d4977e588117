"""An amount converted by a factor the story gives: 'A gringo wants the height in inches. My segunda is 68 cm tall
and 1 inch is 2.54 cm.' → 26.77 inches; 'One tola is 11.66 grams. A shop wants 250 grams. How many tola is
that?' → 21.44 tola.

The factor is said of one of a unit ('1 inch is 2.54 cm', 'one kilo is 2,20462 pounds', '1 foot = 0,3048 m');
the amount is the one other figure, in either of its two units; the question asks the other ('how many inches',
'in feet'). The factor is the story's own: it is never looked up, and it is used as given.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.own_factors import trusted
from servers.tools.calculator.quantities import lookup, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.story_kinds.story import Figure, Story, unit_label

_IS = frozenset("is are = equals weighs makes has was".split())
_ONE = frozenset("a an one".split())
_READS = frozenset({"="})
PROBLEM = "conversion by a factor the request gives"


def solve_factor(story: Story) -> Solution | None:
    """The amount in the unit asked; None unless the story is exactly one factor, one amount and that question."""
    if story.clocks or story.stretches or story.shifts(_READS) or len(story.figures) not in (2, 3):
        return None
    definition = _definition(story)
    if definition is None:
        return None
    one, factor, own = definition
    amounts = [f for f in story.figures if f is not factor and f is not one]
    if len(amounts) != 1 or amounts[0].currency or amounts[0].percent:
        return None
    amount = amounts[0]
    if _same(amount.unit, own):
        source, target, times = own, factor.unit, True
    elif _same(amount.unit, factor.unit):
        source, target, times = factor.unit, own, False
    else:
        return None
    if not _asked(story, target, after=0) or _asked(story, source, after=0):
        return None
    if amount.value <= 0 or factor.value <= 0 or not _trusted(story, factor, own):
        return None
    value = Fraction(numbers.checked(amount.value * factor.value if times else amount.value / factor.value))
    n = numbers.format_number
    sign = "×" if times else "÷"
    label = unit_label(target, value)
    step = f"{n(amount.value)} {unit_label(source, amount.value)} {sign} {n(factor.value)} = {n(value)} {label}"
    solution = Solution(f"{n(value)} {label}", value, PROBLEM, f"{n(amount.value)} {sign} {n(factor.value)}", [step])
    solution.unit = label
    solution.notes.append(f"1 {own} = {n(factor.value)} {unit_label(factor.unit, factor.value)}, as the request says")
    return solution


def _definition(story: Story) -> tuple[Figure | None, Figure, str] | None:
    """The figure of the one ('1 inch'; None for 'one'), the factor's figure and the unit defined; None unless
    the story defines exactly one."""
    found: list[tuple[Figure | None, Figure, str]] = []
    tokens = story.tokens
    by_at = {f.at: f for f in story.figures}
    for k in range(len(tokens) - 3):
        token = tokens[k]
        one = by_at.get(k)
        if one is not None and (one.value != 1 or not one.unit or one.currency):
            continue
        if one is None and token.word not in _ONE:
            continue
        unit_at = k + 1
        if tokens[unit_at].kind != "word" or tokens[unit_at].word in _IS:
            continue
        verb_at = unit_at + 1
        if (tokens[verb_at].word or tokens[verb_at].text) not in _IS:
            continue
        factor = by_at.get(verb_at + 1)
        if factor is None or not factor.unit or factor.currency or factor.percent:
            continue
        found.append((one, factor, singular(tokens[unit_at].word)))
    return found[0] if len(found) == 1 else None


def _trusted(story: Story, factor: Figure, own: str) -> bool:
    """A factor between two units the calculator knows only when it is theirs ('1 inch is 2.54 cm'), rounded at
    most; a unit of the user's own ('1 tola is 11.66 grams') is what the user says it is."""
    source, target = lookup(own), lookup(factor.unit)
    if source is None or target is None:
        return True
    if source.dimension != target.dimension or source.per or target.per or source.dimension == "temperature":
        return False
    return trusted(factor.value, story.tokens[factor.at].text, source, target)


def _same(unit: str, other: str) -> bool:
    """'kg' and 'kilo', 'metre' and 'm', 'tola' and 'tola': the same unit, as written or as known."""
    if not unit or not other:
        return False
    if singular(unit) == singular(other):
        return True
    first, second = lookup(unit), lookup(other)
    return first is not None and second is not None and first.name == second.name


def _asked(story: Story, unit: str, *, after: int) -> bool:
    """Whether the question asks ``unit``: 'how many inches', 'in feet', 'in acres'."""
    tokens = story.tokens
    for k in range(after, len(tokens) - 1):
        if (
            tokens[k].word in ("many", "in", "much")
            and tokens[k + 1].kind == "word"
            and _same(tokens[k + 1].word, unit)
        ):
            return True
    return False
