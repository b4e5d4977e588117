"""A conversion after a clause naming who wants it in which unit: 'Mum only understands Fahrenheit — her son's
temp is 38.6°C, what is that in F?' → 101.48 °F.

The clause opens the request: a few words for who, a verb of knowing or wanting ('understands', 'uses', 'thinks
in'), the unit, and a pause. What follows is read as a conversion on its own, and answered only when it converts
to that very unit: a question for another unit than the one the clause names declines.
"""

from __future__ import annotations

from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.conversions import solve_conversion
from servers.tools.calculator.quantities import is_money, lookup
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_WANTS = frozenset(
    "understands understand uses use wants want prefers prefer knows know thinks think works work reads read "
    "speaks speak".split()
)
_PAUSES = frozenset({"—", "–", "-", ",", ".", ":", ";", "!"})
_WHO_WORDS = 4  # 'my old mum only', 'the form'


def solve_unit_wanted(tokens: list[Token], start: int) -> Solution | None:
    """The conversion after the clause, when it converts to the unit the clause names; None otherwise."""
    i = start
    while i < start + _WHO_WORDS and tokens[i].kind == "word" and tokens[i].word not in _WANTS:
        if tokens[i].word in CHANGES - {"only"} or lookup(tokens[i].word, short=False) is not None:
            return None
        i += 1
    if i == start or tokens[i].word not in _WANTS:
        return None
    i += 1 + (tokens[i + 1].word == "in")  # 'thinks in Celsius'
    wanted = lookup(tokens[i].word, short=False) if tokens[i].kind == "word" else None
    if wanted is None or is_money(wanted) or wanted.per is not None or tokens[i + 1].text not in _PAUSES:
        return None
    solution = solve_conversion(tokens, i + 2)
    if solution is None or not solution.expression.endswith(f" in {wanted.label()}"):
        return None
    return solution
