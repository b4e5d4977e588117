"""Areas of rectangles told as a story: 'For each drum head I cut a square of deer skin 55 cm by 55 cm. How many
square metres of skin do I need for 12 drums?' → 3.63 square metres; 'Copper sheet is 1 m by 2 m. From it I cut 12
pieces of 30 by 40 cm. How many square metres of the sheet stay?' → 0.56 square metres.

Each rectangle is two lengths said 'A by B' (the first may borrow the second's unit: '30 by 40 cm'), counted by
the figure before it ('12 pieces of') or by the one the question gives them for ('for 12 drums'). The first
rectangle is the whole; the others are taken from it only when the story says so ('stay', 'left', 'no carpet goes
under it'); the question asks square units. Anything else declines the reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.area_units import area_unit, named
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.story_kinds.story import Figure, Story

_OTHER_SURFACES = frozenset(
    "border borders edge edges path frame extending extend extension sides side walls wall perimeter around high "
    "height deep depth both raised".split()
)
"""A surface beside the rectangle, or a change to it: 'with a border', 'extending a patio', 'cover the sides'."""
_TAKEN = frozenset("stay stays left remain remains rest under".split())
_READS = frozenset("each left rest square".split())
PROBLEM = "area of rectangles"


@dataclass(frozen=True, slots=True)
class _Rectangle:
    area: Fraction  # in square metres
    count: Fraction
    said: str


def solve_area(story: Story) -> Solution | None:
    """The area asked, in the square unit asked; None unless the story is exactly rectangles and that question."""
    if story.clocks or story.stretches or story.shifts(_READS) or not story.asks("how many square", "how much square"):
        return None
    asked = _asked_unit(story)
    if asked is None or story.words & _OTHER_SURFACES:
        return None
    figures = list(story.figures)
    rectangles: list[_Rectangle] = []
    used: set[int] = set()
    k = 0
    while k < len(figures) - 1:
        rectangle = _rectangle(story, figures[k], figures[k + 1])
        if rectangle is None:
            k += 1
            continue
        area, said = rectangle
        count, count_at = _count(story, figures, k)
        rectangles.append(_Rectangle(area, count, said))
        used |= {k, k + 1} | ({count_at} if count_at is not None else set())
        k += 2
    if not rectangles or len(used) != len(figures):
        return None
    taken = bool(story.words & _TAKEN) or "no" in story.words
    if taken != (len(rectangles) > 1) or len(rectangles) > 2:
        return None  # a second rectangle is what is taken from the first, and only then
    if len(rectangles) == 1 and rectangles[0].count == 1:
        return None  # one rectangle alone is the plain readings' own: this story says nothing more of it
    whole, *cut = rectangles
    value = whole.area * whole.count - sum((r.area * r.count for r in cut), Fraction(0))
    if value <= 0:
        return None
    name, factor = asked
    result = Fraction(numbers.checked(value / factor))
    n = numbers.format_number
    steps = [f"{r.said}{f' × {n(r.count)}' if r.count != 1 else ''}" for r in rectangles]
    shown = f"{n(numbers.round_half_up(result, 4) if not numbers.terminates(result) else result)} {named(name, result)}"
    steps.append(("whole less what is taken: " if cut else "") + shown)
    return Solution(shown, result, PROBLEM, " − ".join(r.said for r in rectangles), steps, named(name, result))


def _asked_unit(story: Story) -> tuple[str, Fraction] | None:
    """The square unit the question asks, and its size in square metres."""
    tokens = story.tokens
    for k in range(len(tokens) - 2):
        if tokens[k].word in ("many", "much") and tokens[k + 1].word == "square":
            found = area_unit(tokens, k + 1)
            if found is not None:
                return found[0], found[1]
    return None


def _rectangle(story: Story, first: Figure, second: Figure) -> tuple[Fraction, str] | None:
    """'55 cm by 55 cm', '30 by 40 cm', '4.2 m by 3.5 m': the area in square metres, and as said."""
    tokens = story.tokens
    by_at = first.end if first.unit else first.at + 1
    if tokens[by_at].word != "by" or second.at != by_at + 1 or first.percent or second.percent:
        return None
    second_unit = lookup(second.unit) if second.unit else None
    first_unit = lookup(first.unit) if first.unit else second_unit
    if first_unit is None or second_unit is None or first_unit.dimension != "length":
        return None
    if second_unit.dimension != "length":
        return None
    area = Fraction(first.value) * first_unit.factor * Fraction(second.value) * second_unit.factor
    n = numbers.format_number
    return Fraction(
        area
    ), f"{n(first.value)} {first_unit.label(first.value)} × {n(second.value)} {second_unit.label(second.value)}"


def _count(story: Story, figures: list[Figure], k: int) -> tuple[Fraction, int | None]:
    """How many of the rectangle at ``k``: '12 pieces of 30 by 40 cm' before it, 'for 12 drums' in the question
    after 'for each drum head ... 55 cm by 55 cm'; one otherwise."""
    tokens = story.tokens
    if (
        k > 0
        and figures[k - 1].unit
        and tokens[figures[k - 1].end].word == "of"
        and figures[k - 1].end + 1 == figures[k].at
    ):
        return Fraction(figures[k - 1].value), k - 1
    if "each" in story.words:
        later = [j for j in range(k + 2, len(figures)) if tokens[figures[j].at - 1].word == "for"]
        if len(later) == 1:
            return Fraction(figures[later[0]].value), later[0]
    return Fraction(1), None
