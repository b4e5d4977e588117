"""The time between two clock times, less a break, told in a story: 'Install started 7:15, finished 16:40, 45 min
break in between. Working time in minutes?', 'on site 7:45 till 16:20 with half hour dinner. how many hours is that
as a decimal'.

The sum is one: the end less the start, less the break when there is one. A story may tell it with any nouns, so it
is read by its shape rather than its phrases, and restated as the plain request every other reader knows ('I
worked from 7:15 to 16:40 with a 45 minute break. How many minutes did I work?'), which is then read in full:

* exactly two clock times, the first after a word of starting ('from', 'started', 'opens', 'at') and the second
  after a word of ending ('to', 'till', 'finished', 'closes', 'by'), each within its clause; an 'am' or 'pm' after
  either goes with it;
* at most one more figure: a break ('45 min break', '1 hour lunch', 'half hour dinner') said beside a word of
  pausing. With a break the question must ask the time worked ('working', 'actually'): a shop open 9 to 5 with a
  lunch hour is open eight hours, though its staff work seven;
* the last sentence asks a time ('how many hours', 'how long', 'in minutes'), in hours unless minutes alone;
* every other word a frame word, a word of the span, or a word of the story outside the closed class of words that
  change sums (``inert``). A part of today told with a clock time ('at 5:30 this morning', '11:10 tonight') says
  its half of the day; another day named ('Tuesday', 'next', 'in the night') leaves the request unread: a clock
  time alone does not say which day it falls on (readers of those forms come first).
"""

from __future__ import annotations

import re
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.calendars import WEEKDAYS
from servers.tools.calculator.inert import droppable
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.stories import last_sentence
from servers.tools.calculator.tokens import Token

_STARTS = frozenset("from start started starts starting begin began begins open opens opened on at out left".split())
_ENDS_SPAN = frozenset(
    "to till til until finish finished finishes finishing end ended ends close closes closed back by done stop "
    "stopped".split()
)
_PAUSES = frozenset("break breaks lunch dinner smoko rest tea pause".split())
_WORKED = frozenset("work worked working actually".split())
_DAY_PARTS = frozenset("morning afternoon evening night midnight noon".split())
_OWN = (
    _STARTS
    | _ENDS_SPAN
    | _PAUSES
    | _WORKED
    | frozenset(
        "am pm a.m. p.m. how many long much time hours hour hrs hr h minutes minute mins min decimal decimals as a an "
        "in between total spend spent is that what's whats then and with".split()
    )
)
_CLAUSE = frozenset({".", ",", ";", "?", "!"})
_CUE_WITHIN = 3


def as_worked(text: str, tokens: list[Token]) -> str | None:
    """``text`` restated as the plain request for the time between two clock times less a break, or None when it
    is not one (see above)."""
    clocks = [k for k, t in enumerate(tokens) if t.kind == "clock"]
    others = [k for k, t in enumerate(tokens) if t.kind in ("number", "currency", "date", "ordinal") or t.text == "%"]
    words = {t.word for t in tokens}
    if len(clocks) != 2 or len(others) > 1 or words & WEEKDAYS:
        return None
    told_halves = [_half_of_day(tokens, k) for k in clocks]
    placed = {j for k in clocks for j in _day_part_at(tokens, k)}
    parts = {k for k, t in enumerate(tokens) if t.word in _DAY_PARTS or t.word == "tonight"}
    halves = [half for half in told_halves if half is not None]
    if len(halves) != len(clocks) or parts - placed:
        return None  # 'in the night', 'the next morning': a part of a day this reading does not place
    if not _cued(tokens, clocks[0], _STARTS) or not _cued(tokens, clocks[1], _ENDS_SPAN):
        return None
    paused = _break(tokens, others)
    if paused is None:
        return None
    minutes, spoken = paused
    asked = {t.word for t in tokens[_asking(tokens, max(clocks + others)) :]}
    if not asked & {"how", "hours", "minutes", "mins", "time", "long"} or minutes and not asked & _WORKED:
        return None
    told = {*clocks, *(k + 1 for k in clocks if tokens[k + 1].word in ("am", "pm")), *spoken}
    told |= placed | _one_day_asked(tokens, _asking(tokens, max(clocks + others)))
    for k, token in enumerate(tokens):
        if token.kind == "word" and k not in told and not droppable(token, _OWN):
            return None
    start, end = (_clock(text, tokens, k, half) for k, half in zip(clocks, halves, strict=True))
    unit = "minutes" if asked & {"minutes", "mins", "min"} and not asked & {"hours", "hour", "hrs"} else "hours"
    pause = f" with a {numbers.format_number(minutes)} minute break" if minutes else ""
    return f"I worked from {start} to {end}{pause}. How many {unit} did I work?"


_EVERY_DAY = re.compile(r"\s+(?:every|each)\s+day\b|\s+daily\b", re.IGNORECASE)
_PER_DAY = re.compile(r"\s+(?:per|a|each|every)\s+day\b|\s+daily\b", re.IGNORECASE)


def as_one_day(text: str, tokens: list[Token]) -> str | None:
    """``text`` with the day said twice set aside: 'from 8:30 to 12:45 and again from 14:00 to 18:15 every day. How
    many hours do I work per day?' asks the time of one day of those spans, which is the time of the spans. Read
    only when the request tells two or more clock times and no other figure, says 'every day' before its question
    and asks 'per day' in it; else None."""
    clocks = [k for k, t in enumerate(tokens) if t.kind == "clock"]
    if len(clocks) < 2 or any(t.kind in ("number", "currency", "date", "ordinal") for t in tokens):
        return None
    question = tokens[last_sentence(tokens)].start
    told, asked = _EVERY_DAY.search(text[:question]), _PER_DAY.search(text, question)
    if told is None or asked is None or _EVERY_DAY.search(text[: told.start()] + text[told.end() : question]):
        return None
    return text[: told.start()] + text[told.end() : asked.start()] + text[asked.end() :]


_ONCE = frozenset("started finished began ended opened closed stopped left worked".split())


def _one_day_asked(tokens: list[Token], asking: int) -> set[int]:
    """The places of 'each day', 'every day', 'a day', 'per day' or 'daily' in the question from ``asking``, when
    the story tells the span as what happens on a day ('opens at 08:30 and closes at 23:15'): asking it of one day
    asks nothing more. A span told once ('Started 7:15, finished 16:40') says nothing of each day: none."""
    if any(t.word in _ONCE for t in tokens[:asking]):
        return set()
    for k in range(asking, len(tokens) - 1):
        if tokens[k].word == "daily":
            return {k}
        if tokens[k].word in ("each", "every", "a", "per") and tokens[k + 1].word == "day":
            return {k, k + 1}
    return set()


def _cued(tokens: list[Token], k: int, cues: frozenset[str]) -> bool:
    """Whether a word of ``cues`` is among the few words before the clock time at ``k``, within its clause."""
    for j in range(k - 1, max(-1, k - 1 - _CUE_WITHIN), -1):
        if tokens[j].text in _CLAUSE or tokens[j].kind != "word":
            return False
        if tokens[j].word in cues:
            return True
    return False


def _break(tokens: list[Token], others: list[int]) -> tuple[Fraction, set[int]] | None:
    """The break in minutes with the places of its words ('45 min', 'half hour', '1 hour'); 0 and none when there
    is no figure and no break is named, None when a figure is not a break or a break has no length."""
    halves = [k for k, t in enumerate(tokens) if t.word == "half" and tokens[k + 1].word == "hour"]
    named = [k for k, t in enumerate(tokens) if t.word in _PAUSES]
    if not others and not halves:
        return (Fraction(0), set()) if not named else None
    if len(others) + len(halves) != 1 or not named:
        return None
    if halves:
        return Fraction(30), {halves[0], halves[0] + 1}
    k = others[0]
    measure = lookup(tokens[k + 1].word) if tokens[k].kind == "number" else None
    if measure is None or measure.dimension != "time" or measure.per is not None or tokens[k].value is None:
        return None
    minutes = Fraction(tokens[k].value) * measure.factor / 60
    if not any(abs(j - k) <= _CUE_WITHIN for j in named) or minutes <= 0:
        return None
    return minutes, {k + 1}


def _clock(text: str, tokens: list[Token], k: int, half: str) -> str:
    """The clock time at ``k`` as written, with its 'am' or 'pm', said or told by its part of the day ('11:10
    tonight' is 11:10 pm; '23:10 tonight' is 23:10 as written)."""
    written = tokens[k].text
    if tokens[k + 1].word in ("am", "pm"):
        return f"{written} {tokens[k + 1].word}"
    return f"{written} {half}" if half and _hour(tokens[k]) <= 12 else written


_PARTS_HALF = {"morning": "am", "afternoon": "pm", "evening": "pm", "tonight": "pm"}
"""Parts of the day a clock time is told in ('at 5:30 this morning', 'at 23:10 tonight'), with the half they say."""


def _day_part_at(tokens: list[Token], k: int) -> list[int]:
    """The places of the words telling the part of today the clock time at ``k`` falls in: 'this morning',
    'tonight', 'in the afternoon'; none when it is told none."""
    after = [t.word for t in tokens[k + 1 : k + 4]]
    if after[:1] == ["tonight"]:
        return [k + 1]
    if after[:2] in (["this", "morning"], ["this", "afternoon"], ["this", "evening"]):
        return [k + 1, k + 2]
    if after[:3] in (["in", "the", "morning"], ["in", "the", "afternoon"], ["in", "the", "evening"]):
        return [k + 1, k + 2, k + 3]
    return []


def _half_of_day(tokens: list[Token], k: int) -> str | None:
    """'am' or 'pm' when the clock time at ``k`` is told with a part of today, '' when with none, None when a part
    of a day is named that this reading does not place (another day's, the night's), or one the clock time
    contradicts ('17:00 this morning')."""
    part = _day_part_at(tokens, k)
    if not part:
        return None if any(t.word in _DAY_PARTS for t in tokens[k + 1 : k + 4]) else ""
    word = tokens[part[-1]].word
    half, hour = _PARTS_HALF[word], _hour(tokens[k])
    if half == "am" and hour >= 12 or hour == 0 or hour == 12 and word == "tonight":
        return None  # '17:00 this morning', '12:00 tonight' (midnight, or noon?)
    return half


def _hour(clock: Token) -> int:
    return int(clock.text.replace(".", ":").split(":")[0])


def _asking(tokens: list[Token], told: int) -> int:
    """Where the question begins: the sentence after the last figure told ('... 14:05, with a 30 min break. How many
    hours did I actually work? as a decimal pls'), or the last sentence when the figures are in it."""
    ends = (k + 1 for k in range(told, len(tokens)) if tokens[k].text in (".", "?", "!"))
    return min(next(ends, len(tokens)), last_sentence(tokens))
