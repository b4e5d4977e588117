"""How many figures a converted measure is shown with: '5 US gallons' is '18.93 liters', not '18.92705892 liters'.

A conversion factor carries many digits the request never had; a person reads a converted measure to about four
significant figures. The shown figure keeps at least two decimals (as a measure is usually quoted: '139.35 square
meters') and never fewer than the amount given had ('2.125 miles' keeps three), never drops a digit of the whole
part, and the unrounded value stays in the answer's ``exact`` field.
"""

from __future__ import annotations

from decimal import Decimal, localcontext
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.numbers import Real
from servers.tools.calculator.solution import Solution

SIGNIFICANT = 4
FEWEST_DECIMALS = 2


def decimals_of(value: Real) -> int:
    """The decimals an amount was written with, as far as its value tells: 26.2 has one, 5 has none."""
    exact = value if isinstance(value, Fraction) else Fraction(repr(value))
    if not numbers.terminates(exact):
        return 0
    text = numbers.decimal_text(exact)
    return len(text.partition(".")[2])


def places_for(value: Real, given: Real) -> int:
    """The decimals to show ``value`` with: four significant figures, at least two decimals and at least as many
    as ``given`` has."""
    exact = value if isinstance(value, Fraction) else Fraction(repr(value))
    if exact == 0:
        return max(decimals_of(given), FEWEST_DECIMALS)
    with localcontext() as ctx:
        ctx.prec = 80
        magnitude = (Decimal(abs(exact.numerator)) / Decimal(exact.denominator)).adjusted()
    return max(SIGNIFICANT - 1 - magnitude, decimals_of(given), FEWEST_DECIMALS)


def to_sensible_figures(solution: Solution, value: Real, given: Real) -> Solution:
    """The conversion ``solution`` whose answer opens with ``value`` shown to a sensible precision, the unrounded
    value kept in ``exact``; left as it is when rounding changes nothing or the answer does not open so."""
    full = numbers.format_number(value)
    rounded = numbers.round_half_up(value, places_for(value, given))
    if rounded == value or not solution.answer.startswith(full + " "):
        return solution
    shown = numbers.format_number(rounded)
    solution.answer = shown + solution.answer[len(full) :]
    solution.exact = solution.exact or full
    solution.notes.append(
        f"shown to {SIGNIFICANT} significant figures (at least two decimals); the unrounded value is {full}"
    )
    return solution
