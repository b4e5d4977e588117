"""When to start so something is done by a clock time, or when it is done from a start: 'If dinner's at 6:30pm and it
takes 1 hr 45 to cook when do i need to start' → 6:30 pm − 1 h 45 min = 4:45 pm; 'I put the bread in at 2:15pm
and it bakes for 40 minutes. When will it be ready?' → 2:55 pm.

The request holds one clock time, with am or pm or in 24-hour form (a bare '6:30' could be morning or evening),
and one stretch of time said together ('1 hr 45', '90 minutes', 'an hour and a half'), and no other number. The
question asks when to start ('when do I start', 'what time should I leave', 'put it in') from a time things must
be done by, or when it is done ('when will it be ready', 'what time will I finish') from a time it starts. A time
said to be a start with a question asking a start (or an end and an end) declines, as do words that add to the
plan (a rest, a break, a buffer, 'before', 'early').
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.solution import Solution
from servers.tools.calculator.timespans import clock_12, clock_24, clock_at, hours_minutes
from servers.tools.calculator.tokens import Token

_HOURS = frozenset("hour hours hr hrs h".split())
_MINUTES = frozenset("minute minutes min mins".split())
_STARTS = frozenset(
    "start starts started starting begin begins leave leaves set put puts depart departs go lit light lights".split()
)
_ENDS = frozenset("ready done finish finished finishes end ends over arrive arrives arrival complete back out".split())
_SAID_STARTS = _STARTS | frozenset(
    "take takes took rent rents rented hire hires hired borrow borrows borrowed collect collects collected".split()
)
"""A start said before the clock time: 'I put the bread in at', 'the client takes the skis at', 'rents at'."""
_SPOILERS = frozenset(
    "before after early earlier late later rest resting break breaks buffer spare extra plus minus then also "
    "each every per delay delayed delays wait ago since until till".split()
)
"""Words that put more into the plan than one stretch of time before or after one clock time."""
_ARRIVALS = frozenset("arrive arrives arrived arriving come comes came reach reaches get gets".split())
_LEAVING = frozenset("leave leaves depart departs go".split())
_STAYS = frozenset("visit visits stay stays tour tours spend spends lunch meal meeting".split())


def solve_clock_plan(tokens: list[Token], start: int) -> Solution | None:
    """The start for a time to be done by, or the end from a start; None unless the request is exactly that."""
    clock: tuple[int, str | None, int] | None = None
    duration: Fraction | None = None
    ask: int | None = None
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.word in ("when", "what") and ask is None and (token.word == "when" or tokens[i + 1].word == "time"):
            ask = i
        if token.kind in ("clock", "number") or token.word in ("noon", "midnight", "midday"):
            found = clock_at(tokens, i) if clock is None else None
            if found is not None and (found[1] is not None or token.kind == "clock"):
                clock = (found[0], found[1], i)
                i = found[2]
                continue
            if ask is not None and _asks_24_hours(tokens, i):
                i += 2  # '? 24h please': the answer on the 24-hour clock, as it is given when the time is
                continue
            read = duration_at(tokens, i)
            if read is None or duration is not None:
                return None  # another number: a count, a price, a second stretch of time or a second time
            duration, i = read
            continue
        if token.kind in ("date", "ordinal", "currency") or token.text == "%" or token.word in _SPOILERS:
            return None
        i += 1
    if clock is None or duration is None or ask is None or ask < clock[2]:
        return None
    minutes, meridiem, at = clock
    if meridiem is None and not (tokens[at].text.startswith("0") or minutes >= 13 * 60):
        return None  # '6:30' could be morning or evening
    asked = {t.word for t in tokens[ask:] if t.kind == "word"}
    said = _said_before(tokens, start, at, limit=9)  # "I put the piperki in the oven at 21:40"
    if _said_before(tokens, start, at, limit=12) & _ARRIVALS and asked & _LEAVING:
        # 'The tour arrives at 10:40 and the visit takes 1 h 35. At what time they leave?': the arrival starts a
        # stay, and they leave when it ends; an arrival that is a time to be at ('the bus comes at 7:10 and the
        # walk takes 15 min') leaves at its start, so with no stay said the reading is left to decline
        if not {t.word for t in tokens[at:ask] if t.kind == "word"} & _STAYS:
            return None
        said, asked = said | {"start"}, (asked - _STARTS) | {"end"}
    if asked & _STARTS and not asked & _ENDS and not said & _STARTS:
        direction = -1  # done by the time said: start that long before it
    elif asked & _ENDS and not asked & _STARTS and said & _SAID_STARTS:
        direction = 1
    elif asked & _ENDS and asked & _STARTS and {"out", "back"} & asked and said & _SAID_STARTS:
        direction = 1  # 'At what time I take them out?', 'must he bring them back': taking out ends it
    else:
        return None
    if duration.denominator != 1 or not 0 < duration < 24 * 60:
        return None
    reached = minutes + direction * int(duration)
    day = "" if 0 <= reached < 24 * 60 else " the day before" if reached < 0 else " the next day"
    reached %= 24 * 60
    begin, text = _clock_text(minutes, meridiem), _clock_text(reached, meridiem) + day
    sign = "+" if direction > 0 else "−"
    step = f"{begin} {sign} {hours_minutes(duration)} = {text}"
    solution = Solution(text, None, "clock time", f"{begin} {sign} {hours_minutes(duration)}", [step])
    solution.notes.append(
        "start this long before the time it must be done by" if direction < 0 else "done this long after it starts"
    )
    return solution


def _asks_24_hours(tokens: list[Token], i: int) -> bool:
    """'24h', '24 h', '24 hour' after the question, with nothing but a full stop or 'please' after it."""
    if tokens[i].kind != "number" or tokens[i].value != 24 or tokens[i + 1].word not in ("h", "hr", "hour", "hours"):
        return False
    rest = [t for t in tokens[i + 2 :] if t.kind != "end"]
    return all(t.text in (".", "!") or t.word in ("please", "pls", "format", "clock", "time") for t in rest)


def _said_before(tokens: list[Token], start: int, at: int, limit: int = 6) -> set[str]:
    """The words of the clause before the clock time, up to ``limit``: whether it is said to be a start ('I put the
    bread in at 2:15pm') or a time to be done by ('dinner's at 6:30pm')."""
    words: list[str] = []
    j = at - 1
    while (
        j >= start
        and len(words) < limit
        and tokens[j].text not in (".", ",", ";", "?", "!")
        and tokens[j].word != "and"
    ):
        if tokens[j].kind == "word":
            words.append(tokens[j].word)
        j -= 1
    return set(words)


def duration_at(tokens: list[Token], i: int) -> tuple[Fraction, int] | None:
    """'1 hr 45', '1 hour 45 minutes', '90 mins', '1.5 hours' at ``i``: the minutes and the index after, or None."""
    if tokens[i].kind != "number":
        return None
    value = Fraction(tokens[i].value)
    unit = tokens[i + 1].word
    if unit in _MINUTES:
        return value, i + 2
    if unit not in _HOURS:
        return None
    minutes = value * 60
    j = i + 2
    if tokens[j].kind == "number" and value.denominator == 1 and tokens[j].value < 60:
        minutes += Fraction(tokens[j].value)  # '1 hr 45': the minutes after the hours
        j += 1 + (tokens[j + 1].word in _MINUTES)
    return minutes, j


def _clock_text(minutes: int, meridiem: str | None) -> str:
    """The clock as the request said its times: with am or pm, or on the 24-hour clock."""
    return clock_24(minutes % (24 * 60)) if meridiem is None else clock_12(minutes)
