"""A duration asked 'in hours and minutes': the form a time's answer already has.

'My shift runs from 19:30 until 07:45. How long is that in hours and minutes?' asks the span the time readers give
as '12 h 15 min', and so does '... How long is that? Hours and minutes please'. The phrase is cut, the rest read as
any request is, and the answer kept only when it is a time shown in hours and minutes; it is then said first in
that form. A question whose answer is no duration (a speed, an amount) is not read here, and declines as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from servers.tools.calculator.solution import Solution
from servers.tools.inputs import ToolInputError

_ASKED = re.compile(
    r"\s*\b(?:in|as|into)\s+(?:hours?|hrs?|h)\s*(?:and|&|,)\s*(?:minutes?|mins?)\b"
    # after the question, the form alone: '... take? Hours and minutes please'
    r"|(?<=[?.!])\s*(?:hours?|hrs?)\s*(?:and|&|,)\s*(?:minutes?|mins?)(?:,?\s*(?:please|pls|plz))?[.!]*\s*$",
    re.IGNORECASE,
)  # linear: fixed words and single spaces, no nested repetition
_SHOWN = re.compile(r"\b\d+ h \d+ min\b")
_DURATIONS = frozenset({"hours", "hour", "minutes", "minute"})


def in_hours_and_minutes(text: str, solve: Callable[[str], Solution]) -> Solution | None:
    """The duration asked 'in hours and minutes', said in that form; None when the request is not that."""
    asked = _ASKED.search(text)
    if asked is None:
        return None
    try:
        solution = solve(text[: asked.start()] + text[asked.end() :])
    except ToolInputError:
        return None
    shown = _SHOWN.search(solution.answer)
    if solution.unit not in _DURATIONS or shown is None:
        return None
    if not solution.answer.startswith(shown.group(0)):  # '3.72 hours (3 h 43 min)': '3 h 43 min (3.72 hours)'
        solution.answer = f"{shown.group(0)} ({solution.answer.replace(f' ({shown.group(0)})', '')})"
    return solution
