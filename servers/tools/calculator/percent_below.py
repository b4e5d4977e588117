"""A percentage change asked as how far one amount is below or above another: 'Vendor's asking price was £325,000
and they've just accepted £312,000. What percentage below asking is that?' → a 4% decrease.

The question is read again as the percentage change it asks ('what's the percentage decrease', or increase for
'above'), and the answer kept only when that reading is a percentage change in the direction asked: the change
reader takes the amounts in the order told, so an amount told after the one it is measured against ('they accepted
£312,000 against an asking price of £325,000') reads as a change the other way, and declines rather than answer
from the wrong base.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from servers.tools.calculator.solution import Solution
from servers.tools.inputs import ToolInputError

_BELOW = r"(below|under|less than|lower than|above|over|more than|higher than)"
_ASKED = (
    re.compile(
        rf"\bwhat\s+(?:percentage|percent|%)\s+{_BELOW}\s+(?:the\s+)?[a-z' ]{{1,30}}?\s+is\s+(?:that|it|this)\b",
        re.IGNORECASE,
    ),  # fmt: skip
    re.compile(
        rf"\bwhat\s+(?:percentage|percent|%)\s+is\s+(?:that|it|this)\s+{_BELOW}\s+(?:the\s+)?[a-z' ]{{1,30}}",
        re.IGNORECASE,
    ),  # fmt: skip
)
"""'what percentage below asking is that', 'what percent is that under the list price': bounded, linear patterns."""
_DOWN = frozenset({"below", "under", "less than", "lower than"})


def solve_percent_below(text: str, solve: Callable[[str], Solution]) -> Solution | None:
    """The percentage one amount is below (or above) another, asked so; None when the request is not that."""
    for pattern in _ASKED:
        asked = pattern.search(text)
        if asked is None:
            continue
        down = " ".join(asked.group(1).lower().split()) in _DOWN
        direction = "decrease" if down else "increase"
        try:
            solution = solve(f"{text[: asked.start()]}what's the percentage {direction}{text[asked.end() :]}")
        except ToolInputError:
            return None
        if solution.problem != "percentage change" or not solution.answer.endswith(direction):
            return None
        return solution
    return None
