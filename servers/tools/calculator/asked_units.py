"""The unit a question asks its answer in: '... my average speed in km/h if I finished in 4 hours 15 minutes' asks
kilometres per hour, whatever unit the distance was given in.

A reading that accounts for every number may still answer in the givens' own unit (6.16 miles per hour). When the
last unit named after 'in' or 'into' measures the same thing as the answer, the answer is converted to it (9.92
kilometres per hour); when it asks a rate of what the answer is an amount of, or an amount of what the answer is
a rate of ('in km/h' answered in miles), the request is declined. A unit of anything else ('in pounds' of money,
'in feet' of an area) is left alone: it is not the answer's.
"""

from __future__ import annotations

import re

from servers.tools.calculator.asked_currency import check_currency_asked
from servers.tools.calculator.quantities import Measure, Quantity, convert, lookup, rate, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.inputs import ToolInputError

_ASKED_IN = re.compile(r"\bin(?:to)?\s+([a-z°][a-z°.]*(?:\s*/\s*[a-z]+|\s+per\s+[a-z]+|\s+[a-z]+)?)")
_CLOCK = re.compile(r" \(\d+ h \d+ min\)")  # the clock form answer_for adds to a number of hours


def in_units_asked(text: str, solution: Solution) -> Solution:
    """``solution`` in the currency and unit the question asks for (``asked_currency``, ``honour_unit_asked``)."""
    check_currency_asked(text, solution)
    return honour_unit_asked(text, solution)


def honour_unit_asked(text: str, solution: Solution) -> Solution:
    """``solution`` in the unit the question asks for; a ToolInputError when it is in one it cannot become."""
    answered = unit_named(solution.unit or "", short=False)
    asked = _last_asked(text)
    if answered is None or asked is None or solution.result is None or len(solution.values) > 1:
        return solution
    if asked.dimension != answered.dimension:
        return solution
    if asked.key != answered.key:
        raise ToolInputError(
            f"the question asks for the answer in {asked.label()}, and what is given makes it in "
            f"{answered.label()}; say what is missing and ask again"
        )
    if (asked.name, asked.per) == (answered.name, answered.per) or asked.factor == answered.factor:
        return solution
    before = show(Quantity(solution.result, answered))
    if not solution.answer.startswith(before):
        raise ToolInputError(f"the question asks for the answer in {asked.label()}; ask for it on its own")
    suffix = _CLOCK.sub("", solution.answer[len(before) :])
    value = convert(solution.result, answered, asked)
    shown = Quantity(value, asked)
    steps = [*solution.steps, f"{before} = {show(shown, exact=True)}"]
    converted = answer_for(shown, solution.problem, solution.expression, steps, suffix=suffix)
    converted.notes = [*solution.notes, *converted.notes]
    return converted


def _last_asked(text: str) -> Measure | None:
    """The measure of the last 'in <unit>' of the request, or None when its last such phrase names no unit."""
    found: Measure | None = None
    for phrase in _ASKED_IN.findall(text.lower()):
        words = phrase.split()
        measure = unit_named(phrase, short=True) or unit_named(words[0], short=False)
        if measure is not None and not measure.dimension.startswith("money"):
            found = measure
    return found


def unit_named(phrase: str, *, short: bool) -> Measure | None:
    """'km/h', 'miles per hour', 'kilometres', '°F' as a measure; None when it names none."""
    parts = [p.strip() for p in re.split(r"\s*/\s*|\s+per\s+", phrase)]
    if len(parts) == 1:
        return lookup(parts[0], short=False)
    if len(parts) != 2:
        return None
    top, bottom = lookup(parts[0], short=short), lookup(parts[1], short=short)
    if top is None or bottom is None or top.per is not None or bottom.per is not None:
        return None
    return rate(top, bottom)
