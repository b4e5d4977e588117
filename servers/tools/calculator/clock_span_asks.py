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
  change sums (``inert``). A day named ('Tuesday', 'next', 'in the night') leaves the request unread: a clock time
  alone does not say which day it falls on (readers of those forms come first).
"""

from __future__ import annotations

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
    if len(clocks) != 2 or len(others) > 1 or words & (WEEKDAYS | _DAY_PARTS):
        return None
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
    for k, token in enumerate(tokens):
        if token.kind == "word" and k not in told and not droppable(token, _OWN):
            return None
    start, end = (_clock(text, tokens, k) for k in clocks)
    unit = "minutes" if asked & {"minutes", "mins", "min"} and not asked & {"hours", "hour", "hrs"} else "hours"
    pause = f" with a {numbers.format_number(minutes)} minute break" if minutes else ""
    return f"I worked from {start} to {end}{pause}. How many {unit} did I work?"


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


def _clock(text: str, tokens: list[Token], k: int) -> str:
    """The clock time at ``k`` as written, with its 'am' or 'pm'."""
    written = tokens[k].text
    return f"{written} {tokens[k + 1].word}" if tokens[k + 1].word in ("am", "pm") else written


def _asking(tokens: list[Token], told: int) -> int:
    """Where the question begins: the sentence after the last figure told ('... 14:05, with a 30 min break. How many
    hours did I actually work? as a decimal pls'), or the last sentence when the figures are in it."""
    ends = (k + 1 for k in range(told, len(tokens)) if tokens[k].text in (".", "?", "!"))
    return min(next(ends, len(tokens)), last_sentence(tokens))
