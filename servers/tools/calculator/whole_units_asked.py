"""'How many full weeks is 45 days?': a measure asked in whole units of the unit named — the whole units it
holds, with the whole amount said beside it ('6 full weeks (6.429 weeks in all)').

The request is read again without 'full', 'whole' or 'complete' and answered only when that reading gives one
measure in the very unit named; the answer is then its whole part. Anything else (a count of things, money, a
unit other than the one named) is left as it was, and declines as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_units import unit_named
from servers.tools.calculator.quantities import Quantity, lookup, plural, show
from servers.tools.calculator.solution import Solution
from servers.tools.inputs import ToolInputError

_WHOLE_UNITS = re.compile(r"\bhow\s+many\s+(full|whole|complete)\s+([a-z]+)\b", re.IGNORECASE)


def in_whole_units(text: str, solve: Callable[[str], Solution]) -> Solution | None:
    """``text`` answered in the whole units it asks for, or None when it asks none or is not understood without."""
    asked = list(_WHOLE_UNITS.finditer(text))
    if len(asked) != 1:
        return None
    match = asked[0]
    unit = lookup(match[2].lower(), short=False)
    if unit is None or unit.per is not None or unit.dimension.startswith("money"):
        return None
    try:
        solution = solve(text[: match.start(1)] + text[match.end(1) :].lstrip())
    except ToolInputError:
        return None
    answered = unit_named(solution.unit or "", short=False)
    value = solution.result
    if (
        answered is None
        or (answered.name, answered.factor) != (unit.name, unit.factor)
        or not isinstance(value, Fraction | int)
        or value < 0
    ):
        return None
    if len(solution.values) > 1:
        return None
    whole = int(Fraction(value))
    rest = Fraction(value) - whole
    adjective = match[1].lower()
    answer = f"{whole} {adjective} {plural(unit.name) if whole != 1 else unit.name}"
    if rest:
        answer += f" ({show(Quantity(Fraction(value), unit))} in all)"
    steps = [*solution.steps, f"{show(Quantity(value, unit))} holds {whole} {adjective} {plural(unit.name)}"]
    whole_solution = Solution(answer, whole, solution.problem, solution.expression, steps, solution.unit)
    whole_solution.notes = [*solution.notes, f"only {adjective} {plural(unit.name)} are counted"]
    whole_solution.exact = numbers.format_number(Fraction(value))
    return whole_solution
