"""Whole units asked of a time to reach an amount: 'How many days before it's paid for itself? whole days' — the
£3,200 machine clearing £28 a day has paid for itself after 115 days, not 114: on day 114 it is still £8 short.

When the request asks for the answer in whole (or full, complete) units of the unit it came out in, and the answer
is not whole, which way to round follows from what is asked. A time until an amount is reached ('before it's paid
for itself', 'to pay it off', 'to break even', 'to cover the cost') is rounded up: any less and the amount is not
yet reached. Asked of anything else, whole units could be those already passed or those begun, and the request is
declined rather than answered with the fraction the user asked not to be given.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from servers.tools.calculator.asked_units import unit_named
from servers.tools.calculator.quantities import lookup, plural
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_WHOLE = frozenset("whole full complete".split())
_REACHED = re.compile(
    r"\b(paid (for )?(it|them)sel(f|ves)|pays? (for )?(it|them)sel(f|ves)|pay(s|ing)? (it |them )?(back|off)|"
    r"paid (back|off)|break(s)? even|recoup|recover|cover(s|ed)? (the|its|their) (cost|price|outlay))\b",
    re.IGNORECASE,
)
"""A time until an amount is reached: it is reached only once the last part unit is over."""


def settle_whole(request: str, tokens: list[Token], solution: Solution) -> Solution:
    """``solution`` in the whole units asked, rounded up when it is a time until an amount is reached; a
    ToolInputError when whole units are asked and which way to round is not said."""
    value = solution.result
    if value is None or len(solution.values) > 1:
        return solution
    if any("whole" in n or "full" in n or "rounded" in n for n in solution.notes):
        value = _rounded_down_from(solution) if _REACHED.search(request) else None
        if value is None:
            return solution  # rounded as the reading saw fit, and nothing says it is a time to reach an amount
    answered = unit_named(solution.unit or "", short=False)
    named = [
        unit
        for word, after in zip(tokens, tokens[1:], strict=False)
        if word.word in _WHOLE and (unit := lookup(after.word, short=False)) is not None
    ]
    if answered is None or not named or any((u.name, u.factor) != (answered.name, answered.factor) for u in named):
        return solution
    exact = Fraction(value)
    if exact.denominator == 1 or exact < 0:
        return solution
    if _REACHED.search(request) is None:
        raise ToolInputError(
            f"it comes to {float(exact):.4g} {plural(answered.name)}, and whether to count the {answered.name} begun "
            "or only those finished is not said"
        )
    whole = math.ceil(exact)
    name = answered.name if whole == 1 else plural(answered.name)
    settled = Solution(
        f"{whole} {name}", whole, solution.problem, solution.expression, [*solution.steps], solution.unit
    )
    settled.steps.append(
        f"{float(exact):.4g} {plural(answered.name)} rounded up: after {whole - 1} it is not yet reached"
    )
    settled.notes = [
        *solution.notes,
        f"rounded up to whole {plural(answered.name)}: any fewer and it is not yet reached",
    ]
    settled.exact = solution.exact or str(float(exact))
    return settled


_ROUNDED_DOWN = re.compile(r"^(\d+(?:\.\d+)?) is rounded down to whole ")


def _rounded_down_from(solution: Solution) -> Fraction | None:
    """The value a reading rounded down to whole units ('35 whole days' of 35.71, '24.21 is rounded down to whole
    days'), which a time to reach an amount must round up instead; None when it rounded no value down."""
    if any(note.startswith("only whole ") or note.startswith("only full ") for note in solution.notes):
        return Fraction(solution.exact) if solution.exact else None
    for note in solution.notes:
        if (match := _ROUNDED_DOWN.match(note)) is not None:
            return Fraction(match[1])
    return None
