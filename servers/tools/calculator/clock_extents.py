"""A rate an hour kept up between two clock times: 'the lift carries 2,400 skiers an hour and runs from 8:30 to 4:00,
how many skiers?', 'the pump moves 1,200 litres an hour from 6am till 2pm. How much water is that?'.

The span is a number of hours, so the request is read again with it said as one ('runs for 7.5 hours'), and
answered only when that reading accounts for every figure. Only a request with exactly two clock times, joined as a
span ('from 8:30 to 4:00', '6am till 2pm', '9:00-17:30'), and an amount an hour is read so; a break, a stop, a
second span or any other clock time keeps the request as it was. Times without am or pm, the end before the start,
are a day's work only from a morning start to an afternoon end ('from 8:30 to 4:00'); any others are declined as
the span between them is.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.timespans import clock_span
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_JOINS = frozenset({"to", "till", "til", "until", "-", "–"})
_HOURLY = (("an", "hour"), ("a", "hour"), ("per", "hour"), ("an", "hr"), ("per", "hr"), ("/", "hr"), ("/", "hour"))
_STOPS = frozenset(
    "break breaks lunch dinner tea pause paused stop stops stopped off except minus unpaid closed shut rest downtime "
    "overtime later earlier before after".split()
)
_MERIDIEMS = frozenset({"am", "pm"})


def as_extent(text: str, tokens: list[Token]) -> str | None:
    """``text`` with its one span of clock times said as 'for N hours', or None when it is not such a request."""
    clocks = [k for k in range(len(tokens)) if _clock_at(tokens, k) is not None]
    if len(clocks) != 2 or any(t.word in _STOPS or t.kind == "currency" for t in tokens):
        return None  # money an hour over clock times is ``billed_hours``', with its own declines
    if not any(tuple(t.word or t.text for t in tokens[k : k + 2]) == p for k in range(len(tokens)) for p in _HOURLY):
        return None
    first, second = clocks
    after_first = first + 1 + (tokens[first + 1].word in _MERIDIEMS)
    if after_first + 1 != second or tokens[after_first].text not in _JOINS and tokens[after_first].word not in _JOINS:
        return None
    start, end = _clock_at(tokens, first), _clock_at(tokens, second)
    assert start is not None and end is not None
    if start[1] is None and end[1] is None and end[0] < start[0] and _day_hours(start[0], end[0]):
        end = (end[0] + 12 * 60, None)  # 'runs from 8:30 to 4:00': a working day, morning to afternoon
    try:
        span = clock_span(start, end, "hour")
    except ToolInputError:
        return None
    hours = span.result
    if not isinstance(hours, Fraction) or hours <= 0:
        return None
    opening = first - (tokens[first - 1].word == "from")
    closing = second + 1 + (tokens[second + 1].word in _MERIDIEMS)
    begin, finish = tokens[opening].start, tokens[closing - 1].start + len(tokens[closing - 1].text)
    said = f"{numbers.format_number(hours)} hours" if numbers.terminates(hours) else f"{hours * 60} minutes"
    return f"{text[:begin]}for {said}{text[finish:]}"


def _day_hours(start: int, end: int) -> bool:
    """Whether two times without am or pm read as a day's work: a morning start, an afternoon end ('8:30 to 4')."""
    return 6 * 60 <= start < 12 * 60 and 60 <= end < 8 * 60


def _clock_at(tokens: list[Token], k: int) -> tuple[int, str | None] | None:
    """The clock time at ``k`` ('8:30', '4pm', '16:00 '): minutes after midnight and its am or pm, or None."""
    token, after = tokens[k], tokens[k + 1] if k + 1 < len(tokens) else None
    meridiem = after.word if after is not None and after.word in _MERIDIEMS else None
    if token.kind == "clock":
        hour, minute = token.value
        if meridiem and not 1 <= hour <= 12:
            return None
        return (hour % 12 + (12 if meridiem == "pm" else 0) if meridiem else hour) * 60 + minute, meridiem
    if token.kind == "number" and meridiem and token.value.denominator == 1 and 1 <= token.value <= 12:
        return (int(token.value) % 12 + (12 if meridiem == "pm" else 0)) * 60, meridiem
    return None
