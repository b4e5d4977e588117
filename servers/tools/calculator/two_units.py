"""An answer asked in two units at once: 'Area in square metres and in acres?', 'speed in km/h and mph?', 'how many
litres and how many gallons?'.

A reading answers in one unit; the request asks for both. When the two units measure what the answer measures,
the answer is given in both (7140 square meters, 1.76 acres); when the answer is in neither, or measures something
else, the request is declined rather than answered by half. Two units that together write one amount — feet and
inches, pounds and ounces, hours and minutes — said with one 'in' ('in stone and pounds') may be one answer, not
two, and are left to the readings that write such amounts.
"""

from __future__ import annotations

import re
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_units import unit_named
from servers.tools.calculator.quantities import lookup, plural
from servers.tools.calculator.solution import Solution
from servers.tools.inputs import ToolInputError

_UNIT = r"(?:(?:square|sq|cubic|cu)\s+)?[a-z°][a-z°.]*(?:\s*/\s*[a-z]+|\s+per\s+[a-z]+)?"
_TWO = re.compile(
    rf"\b(?:in|into|to)\s+(?:the\s+)?({_UNIT})\s+(?:and|&)\s+(in\s+|into\s+)?({_UNIT})\b"
    rf"|\bhow many\s+({_UNIT})\s+(?:and|&)\s+(how many\s+)({_UNIT})\b"
)

_Unit = tuple[str, Fraction, str]
"""A unit read: its dimension, its size in the dimension's base unit, and how an answer names it."""


def answer_both(text: str, solution: Solution) -> Solution:
    """``solution`` said in both units its request asks for; a ToolInputError when it cannot be."""
    found = _TWO.search(text.lower())
    if found is None or solution.result is None or len(solution.values) > 1 or not solution.unit:
        return solution
    first, again, second = (found[1], found[2], found[3]) if found[1] else (found[4], found[5], found[6])
    one, other, answered = _unit(first), _unit(second), _unit(solution.unit)
    if one is None or other is None or answered is None or one[1] == other[1]:
        return solution
    if not one[0] == other[0] == answered[0]:
        return solution  # units of something else ('in pounds and pence' of money): not the answer's
    if not again and _one_amount(one, other):
        return solution  # 'in feet and inches': one amount written in two units
    if answered[1] not in (one[1], other[1]):
        raise ToolInputError(f"the question asks for the answer in {one[2]} and in {other[2]}; ask for one of them")
    also = other if answered[1] == one[1] else one
    value = Fraction(solution.result) * answered[1] / also[1]
    said = f"{numbers.format_number(value)} {also[2]}"
    solution.answer = f"{solution.answer} ({said})"
    solution.steps = [*solution.steps, f"{numbers.format_number(Fraction(solution.result))} {answered[2]} = {said}"]
    return solution


_PAIRED = frozenset(
    {("foot", "inch"), ("pound", "ounce"), ("stone", "pound"), ("hour", "minute"), ("minute", "second")}
    | {("day", "hour"), ("week", "day"), ("meter", "centimeter"), ("kilogram", "gram"), ("yard", "foot")}
    | {("mile", "yard"), ("kilometer", "meter"), ("liter", "milliliter"), ("gallon", "pint")}
)
"""Units that write one amount between them ('5 ft 10 in', '2 h 15 min'), the larger first."""


def _one_amount(one: _Unit, other: _Unit) -> bool:
    """Whether 'in <one> and <other>' may write one amount: a pair that does, said either way round."""
    pair = (_singular(one[2]), _singular(other[2]))
    return pair in _PAIRED or pair[::-1] in _PAIRED


def _singular(label: str) -> str:
    measure = lookup(label, short=False)
    return measure.name if measure is not None else label


def _unit(phrase: str) -> _Unit | None:
    words = phrase.split()
    if len(words) == 2 and words[0] in ("square", "sq", "cubic", "cu"):
        side = lookup(words[1], short=words[0] != "square")
        if side is None or side.dimension != "length" or side.per is not None:
            return None
        power, name = (2, "square") if words[0] in ("square", "sq") else (3, "cubic")
        return ("area" if power == 2 else "volume"), Fraction(side.factor) ** power, f"{name} {plural(side.name)}"
    measure = unit_named(phrase, short=True)
    if measure is None or measure.dimension.startswith("money"):
        return None
    key = measure.dimension if measure.per is None else f"{measure.dimension}/{measure.per.dimension}"
    return key, Fraction(measure.factor), measure.label()
