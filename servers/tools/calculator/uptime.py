"""Downtime from an uptime percentage over a span: '99.9% uptime over a 30 day month, how many minutes of downtime
is that?' → 43.2 minutes.

One percentage said as uptime or availability, one span of time said with its number ('30 days', 'a 30 day
month', '7 days'), and a question for the downtime (or the uptime) in a unit of time. The downtime is the rest of
the span: (100% − uptime) × span. A span without a number ('a month', which has no fixed length), a second
percentage or number, or a question in no unit of time declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Measure, Quantity, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_UP = frozenset({"uptime", "availability", "available", "up"})
_DOWN = frozenset({"downtime", "down", "outage", "outages", "offline", "unavailable"})
_SPOILERS = frozenset("each per every more less extra plus minus twice double half already".split())


def solve_uptime(tokens: list[Token], start: int) -> Solution | None:
    """The downtime (or uptime) over a span from an uptime percentage; None when the request is not that."""
    if any(t.word in _SPOILERS for t in tokens[start:]):
        return None
    numbered = [k for k in range(start, len(tokens)) if tokens[k].kind == "number"]
    percents = [k for k in numbered if tokens[k + 1].text == "%"]
    spans = [k for k in numbered if _time(tokens[k + 1]) is not None]
    if len(numbered) != 2 or len(percents) != 1 or len(spans) != 1 or percents == spans:
        return None
    at = percents[0]
    if tokens[at + 2].word not in _UP:
        return None  # '99.9% uptime', '99.95% availability': the percentage is the time up
    first = question_start(tokens, start)
    asked_words = [t.word for t in tokens[first:] if t.kind == "word"]
    down = bool(_DOWN & set(asked_words))
    if not down and "uptime" not in asked_words:
        return None
    units = {  # the unit asked, not a given's ('10 days ... how many hours')
        m.name: m
        for k in range(first, len(tokens))
        if tokens[k - 1].kind != "number" and (m := _time(tokens[k])) is not None
    }
    unit = next(iter(units.values())) if len(units) == 1 else None
    span_measure = _time(tokens[spans[0] + 1])
    if unit is None or span_measure is None:
        return None
    share = Fraction(tokens[at].value) / 100
    if not 0 <= share <= 1:
        return None
    part = 1 - share if down else share
    span = Quantity(Fraction(tokens[spans[0]].value), span_measure)
    seconds = Fraction(span.value) * span_measure.factor * part
    value = numbers.checked(seconds / unit.factor)
    result = Quantity(value, unit)
    pct = numbers.format_number(part * 100)
    steps = [f"{pct}% of {show(span, exact=True)} = {show(result, exact=True)}"]
    solution = answer_for(result, "downtime" if down else "uptime", f"{pct}% × {show(span)}", steps)
    if down:
        solution.notes.append(f"downtime is the rest of the span: 100% − {numbers.format_number(share * 100)}%")
    return solution


def _time(token: Token) -> Measure | None:
    return _time_word(token.word) if token.kind == "word" else None


def _time_word(word: str) -> Measure | None:
    """A span of time whose length is fixed: seconds to weeks (a month or year is not one length)."""
    measure = lookup(word, short=False) if word else None
    if measure is None or measure.dimension != "time" or measure.per is not None:
        return None
    return measure if measure.name in ("second", "minute", "hour", "day", "week") else None
