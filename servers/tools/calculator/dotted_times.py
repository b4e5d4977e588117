"""Clock times of the 24-hour clock written with a dot and no am or pm: 'Flight takes off 14.40 and lands 23.05. How
long is the flight?' → from 14:40 to 23:05, 8 h 25 min.

A dotted number is read as a clock time only when the request reads as a question about clock times once it is
(the time readers decide), every number in it is such a time (hours 0 to 23, two digits of minutes up to 59), and
at least one of them can only be the 24-hour clock: an hour of 13 or more, or a leading zero ('07.30'). '9.30 to
5.30' could be morning and evening or a sum of money, and stays as it was; so does any request with an amount of
money or another number in it.
"""

from __future__ import annotations

from servers.tools.calculator.asides import drop_asides
from servers.tools.calculator.grammar import NotUnderstood
from servers.tools.calculator.intervals import solve_clock_story, story_one
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.timespans import solve_timespan
from servers.tools.calculator.tokens import Token

_MAX_TIMES = 4


def solve_dotted_times(tokens: list[Token], start: int) -> Solution | None:
    """The time reading of a request whose numbers are all dotted 24-hour clock times; None otherwise."""
    numbered = [
        k
        for k in range(start, len(tokens))
        if tokens[k].kind in ("number", "currency", "clock") and not story_one(tokens, k)
    ]
    if not 2 <= len(numbered) <= _MAX_TIMES:
        return None
    times = [_clock(tokens[k]) for k in numbered]
    if any(t is None for t in times) or not any(_only_24_hour(tokens[k].text) for k in numbered):
        return None
    read = list(tokens)
    for k, time in zip(numbered, times, strict=True):
        read[k] = Token("clock", tokens[k].text.replace(".", ":"), tokens[k].start, value=time)
    tail = read[start:]
    drop_asides(tail)  # ', same time zone': said of clock times, which the dotted numbers were not when first read
    read = read[:start] + tail
    for reader in (solve_timespan, solve_clock_story):
        try:
            solution = reader(read, start)
        except NotUnderstood:  # the plain span reader may not place a story's words; the story reader may
            continue
        if solution is not None:
            shown = " and ".join(tokens[k].text for k in numbered)
            solution.notes.append(f"{shown} are read as times on the 24-hour clock")
            return solution
    return None


def _clock(token: Token) -> tuple[int, int] | None:
    """'14.40' as (14, 40); None for a number that is not written as a time ('14.4', '9.75', '25.10')."""
    if token.kind != "number" or token.attached:
        return None
    hours, dot, minutes = token.text.partition(".")
    if not dot or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2 or len(hours) > 2:
        return None
    hour, minute = int(hours), int(minutes)
    return (hour, minute) if hour <= 23 and minute <= 59 else None


def _only_24_hour(text: str) -> bool:
    hours = text.partition(".")[0]
    return int(hours) >= 13 or len(hours) == 2 and hours.startswith("0")
