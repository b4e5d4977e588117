"""A clock time moved between two time zones the request gives as UTC (or GMT) offsets.

* "it's 14:00 in UTC+1, what time is it in UTC-5" → 8:00
* "9:30 pm GMT+5:30 in UTC" → 4:00 pm

Only explicit offsets: a zone by name ("Tokyo", "EST") depends on daylight saving and the date, which an offline
calculator does not know, so such requests are left to decline. The offset right after the time is the one the
time is in; the other is the one asked for.
"""

from __future__ import annotations

from servers.tools.calculator.frames import PUNCTUATION, QUESTION_WORDS
from servers.tools.calculator.grammar import NotUnderstood
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_ZONES = frozenset({"utc", "gmt"})
_FILLERS = QUESTION_WORDS | frozenset("in at time when where then there it's o'clock convert to from zone".split())
_MAX_OFFSET = 14 * 60  # UTC-12 to UTC+14 are the offsets in use
_DAY = 24 * 60


def solve_zone(tokens: list[Token], start: int) -> Solution | None:
    """The time in the asked-for offset of a clock time given in another; None when no UTC/GMT zone is named."""
    if not any(t.word in _ZONES for t in tokens[start:]):
        return None
    offsets: list[tuple[int, int]] = []  # (minutes east of UTC, token index)
    time: tuple[int, str | None, int] | None = None  # (minutes since midnight, am/pm, token index after it)
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.word in _ZONES:
            offset, after = _offset(tokens, i + 1)
            offsets.append((offset, i))
            i = after
        elif (
            token.kind == "clock"
            or token.kind == "number"
            and tokens[i + 1].word in ("am", "pm")
            or token.word in ("noon", "midday", "midnight")
        ):
            if time is not None:
                raise NotUnderstood(i, "one time of day")
            time = _clock(tokens, i)
            i = time[2]
        elif token.word in _FILLERS or token.text in PUNCTUATION:
            i += 1
        else:
            raise NotUnderstood(i, "a time and two UTC offsets")
    if time is None or len(offsets) != 2:
        raise NotUnderstood(start, "a time, the UTC offset it is in and the one wanted")
    minutes, meridiem, after = time
    near = [offset for offset, at in offsets if after <= at <= after + 1]  # "14:00 UTC+1", "14:00 in UTC+1"
    if len(near) != 1:
        raise ToolInputError("say which UTC offset the time is in: put it right after the time")
    source = near[0]
    target = next(offset for offset, at in offsets if not (after <= at <= after + 1))
    moved = minutes - source + target
    day = "" if 0 <= moved < _DAY else " the next day" if moved >= _DAY else " the day before"
    shown = _clock_text(moved % _DAY, meridiem) + day
    steps = [f"{_clock_text(minutes, meridiem)} at {_offset_text(source)} is "
             f"{_clock_text((minutes - source) % _DAY, meridiem)} UTC",
             f"at {_offset_text(target)}: {shown}"]  # fmt: skip
    expression = f"{_clock_text(minutes, meridiem)} - ({_offset_text(source)}) + ({_offset_text(target)})"
    solution = Solution(shown, None, "time zone", expression, steps)
    solution.notes.append("only the offsets given are used: daylight saving is not applied")
    return solution


def _offset(tokens: list[Token], i: int) -> tuple[int, int]:
    """Minutes east of UTC written after 'UTC': '+1', '-5', '+5:30', '+05:30', or nothing (UTC itself)."""
    sign = {"+": 1, "-": -1}.get(tokens[i].text) if tokens[i].kind == "symbol" else None
    if sign is None:
        return 0, i
    token = tokens[i + 1]
    if token.kind == "clock":
        hours, minutes = token.value
    elif token.kind == "number" and token.value.denominator == 1:
        hours, minutes = int(token.value), 0
    else:
        raise NotUnderstood(i + 1, "an offset in hours, such as +1 or -5:30")
    offset = sign * (hours * 60 + minutes)
    if minutes not in (0, 15, 30, 45) or abs(offset) > _MAX_OFFSET:
        raise ToolInputError(f"UTC{tokens[i].text}{token.text} is not a time zone offset")
    return offset, i + 2


def _clock(tokens: list[Token], i: int) -> tuple[int, str | None, int]:
    token = tokens[i]
    if token.word in ("noon", "midday", "midnight"):
        return (0 if token.word == "midnight" else 12 * 60), ("am" if token.word == "midnight" else "pm"), i + 1
    hour, minute = token.value if token.kind == "clock" else (int(token.value), 0)
    meridiem = tokens[i + 1].word if tokens[i + 1].word in ("am", "pm") else None
    if token.kind == "number" and token.value.denominator != 1:
        raise NotUnderstood(i, "a time of day")
    if meridiem is not None:
        if not 1 <= hour <= 12:
            raise ToolInputError(f"{hour} {meridiem} is not a time of day")
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ToolInputError(f"{token.text} is not a time of day")
    return hour * 60 + minute, meridiem, i + 1 + (meridiem is not None)


def _clock_text(minutes: int, meridiem: str | None) -> str:
    hour, minute = divmod(minutes, 60)
    if meridiem is None:
        return f"{hour}:{minute:02d}"
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'am' if hour < 12 else 'pm'}"


def _offset_text(offset: int) -> str:
    hours, minutes = divmod(abs(offset), 60)
    sign = "+" if offset >= 0 else "-"
    return f"UTC{sign}{hours}" + (f":{minutes:02d}" if minutes else "")
