"""The most or the least a range can come to: 'somewhere between 35 and 40 guests at $62 a head. What's the most it
could cost us?' → $2,480.

A story that gives one quantity as a range ('between 280 and 320 km', 'anywhere from £1,200 to £1,500') and asks
for the most or the least is read twice, once at each end of the range, with the word of the extreme set aside.
Both readings must answer, in the same kind and unit; the answer is the larger (or smaller) of the two, whichever
end gives it — 'the most each pays' when 4 to 6 people share a bill is the share of 4. One range only, and an
extreme asked only once, else the request is left to be declined.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction

from servers.tools.calculator.solution import Solution
from servers.tools.inputs import ToolInputError

_NUMBER = r"[$£€]?\d[\d,]*(?:\.\d+)?"
_RANGE = re.compile(
    rf"\b(?:(?:somewhere|anywhere|anything)\s+)?(?:between\s+({_NUMBER})\s+and|from\s+({_NUMBER})\s+to)\s+({_NUMBER})",
    re.IGNORECASE,
)
_EXTREME = re.compile(
    r"\b(?:the\s+)?(most|maximum|max|highest|least|minimum|min|lowest)\b(?!\s+(?:of|likely))\s*", re.IGNORECASE
)
_UPPER = frozenset({"most", "maximum", "max", "highest"})


def at_bound(text: str, solve: Callable[[str], Solution]) -> Solution | None:
    """The most or least ``text`` asks of its one range, solved at both ends; None when it is not such a request."""
    ranges = list(_RANGE.finditer(text))
    if len(ranges) != 1:
        return None
    found = ranges[0]
    extremes = [m for m in _EXTREME.finditer(text) if m.end() <= found.start() or m.start() >= found.end()]
    if len(extremes) != 1:
        return None
    extreme = extremes[0]
    low, high = found.group(1) or found.group(2), found.group(3)
    upper = extreme.group(1).lower() in _UPPER
    readings: list[Solution] = []
    for bound in (low, high):
        cuts = sorted([(found.start(), found.end(), bound), (extreme.start(), extreme.end(), "")], reverse=True)
        said = text
        for begin, end, put in cuts:  # the later one first, so the earlier one's place holds
            said = said[:begin] + put + said[end:]
        try:
            readings.append(solve(said))
        except ToolInputError:
            return None
    first, second = readings
    a, b = first.result, second.result
    if (first.problem, first.unit) != (second.problem, second.unit):
        return None
    if not (isinstance(a, Fraction | int | float) and isinstance(b, Fraction | int | float)):
        return None
    chosen, other = (first, second) if (a >= b) == upper else (second, first)
    chosen.notes.append(
        f"the {'most' if upper else 'least'} over the range {low} to {high}: the other end gives {other.answer}"
    )
    return chosen
