"""A stretch of clock time asked in another clock unit: '24 hems at 25 minutes each. How many hours?' → 10 hours.

Time kinds keep their unit's name (a working day is not 24 hours, a month no fixed count of weeks), but seconds,
minutes and hours are fixed parts of one another: a reckoning that comes out in one of them, alone or per
something, is said in the one the question asks for when the rest of its kind is the same.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.reckoning.kinds import Kind
from servers.tools.calculator.reckoning.search import Reckoning

_SECONDS = {"time second": Fraction(1), "time minute": Fraction(60), "time hour": Fraction(3600)}


def in_clock_unit(found: Reckoning, asked: Kind) -> Reckoning:
    """``found`` said in the clock unit of ``asked`` when only that unit differs (minutes asked as hours); else
    ``found`` as it is."""
    if found.kind == asked:
        return found
    mine = [(name, power) for name, power in found.kind if name in _SECONDS and power == 1]
    theirs = [(name, power) for name, power in asked if name in _SECONDS and power == 1]
    if len(mine) != 1 or len(theirs) != 1:
        return found
    rest = [b for b in found.kind if b != mine[0]]
    if rest != [b for b in asked if b != theirs[0]]:
        return found
    value = found.value * _SECONDS[mine[0][0]] / _SECONDS[theirs[0][0]]
    unit = theirs[0][0].removeprefix("time ")
    step = f"{numbers.format_number(found.value)} {mine[0][0].removeprefix('time ')}s = "
    step += f"{numbers.format_number(value)} {unit}s"
    return replace(found, value=value, kind=asked, steps=(*found.steps, step))
