"""When to set off so that everything before a clock time fits: 'Sunrise in Glencoe is at 05:42 and I need to be set up
45 minutes before. The walk-in takes 1 hour 10 minutes. What time do I need to leave the car?' → 05:42 − 45 min −
1 h 10 min = 03:47.

The request holds one clock time, with am or pm or in 24-hour form, said as when something happens (not when the user
starts), and two or more stretches of time, each said either as time before it ('45 minutes before', '10 minutes
early', 'beforehand') or as what a part of getting there takes ('the walk-in takes 1 hour 10 minutes', 'the drive is
35 minutes'). The question asks when to start ('what time do I need to leave', 'when should I set off'). Every
stretch comes before the clock time, so the start is the time less all of them. Any other number, a word that puts a
stretch after the time ('after', 'later') or adds something unsaid ('rest', 'break', 'each') declines the reading; one
stretch alone is ``clock_plans``'.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.clock_plans import duration_at
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.timespans import clock_12, clock_24, clock_at, hours_minutes
from servers.tools.calculator.tokens import Token

_BEFORE = frozenset("before early earlier beforehand ahead prior".split())
_TAKES = frozenset("takes take taking is".split())
_STARTS = frozenset("leave set start go depart head".split())
_STARTED = frozenset("start starts started leave left set off depart departed".split())
_SELVES = frozenset("i we i'll we'll i'm we're".split())
_SPOILERS = frozenset(
    "after later rest break breaks each every per plus minus delay delayed wait ago since until till late".split()
)
_ENDS = frozenset({".", "?", "!", ";", ","})
_NEAR = 3  # '45 minutes before', 'be there 10 minutes early': the word of before within a few words of the stretch
_DAY = 24 * 60


def solve_clock_backplan(tokens: list[Token], start: int) -> Solution | None:
    """The time to start for every stretch said before one clock time; None unless the request is exactly that."""
    clock: tuple[int, str | None, int] | None = None
    stretches: list[Fraction] = []
    ask: int | None = None
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.word in ("when", "what") and ask is None and (token.word == "when" or tokens[i + 1].word == "time"):
            ask = i
        if token.kind in ("clock", "number"):
            found = clock_at(tokens, i) if clock is None else None
            if found is not None and (found[1] is not None or token.kind == "clock"):
                clock, i = (found[0], found[1], i), found[2]
                continue
            if token.kind == "clock":
                return None  # a second clock time: a span between two, not a plan before one
            read = duration_at(tokens, i)
            if read is None:
                return None
            minutes, after = read
            if not _before(tokens, i, after):
                return None
            stretches.append(minutes)
            i = after
            continue
        if token.kind in ("date", "ordinal", "currency") or token.text == "%" or token.word in _SPOILERS:
            return None
        i += 1
    if clock is None or ask is None or len(stretches) < 2 or ask < clock[2]:
        return None
    minutes, meridiem, at = clock
    if meridiem is None and not (tokens[at].text.startswith("0") or minutes >= 13 * 60):
        return None  # '6:30' could be morning or evening
    if not {t.word for t in tokens[ask:]} & _STARTS or _said_as_start(tokens, start, at):
        return None
    total = sum(stretches, Fraction(0))
    if total.denominator != 1 or not 0 < total < _DAY:
        return None
    reached = minutes - int(total)
    day = " the day before" if reached < 0 else ""
    show = clock_24 if meridiem is None else clock_12
    begin, text = show(minutes % _DAY), show(reached % _DAY) + day
    taken = " − ".join(hours_minutes(s) for s in stretches)
    steps = [f"{begin} − {taken} = {text}"]
    solution = Solution(text, None, "clock time", f"{begin} − {taken}", steps)
    solution.notes.append("every stretch said comes before the time, so the start is that time less all of them")
    return solution


def _before(tokens: list[Token], i: int, after: int) -> bool:
    """The stretch at ``i`` is time before the clock time ('45 minutes before') or what a part of getting there
    takes ('the walk-in takes 1 hour 10 minutes'), within its clause."""
    for j in range(after, after + _NEAR):
        if tokens[j].text in _ENDS or tokens[j].kind == "end":
            break
        if tokens[j].word in _BEFORE:
            return True
    j = i - 1
    while j >= 0 and tokens[j].text not in _ENDS and tokens[j].word != "and":
        if tokens[j].word in _TAKES:
            return True
        j -= 1
    return False


def _said_as_start(tokens: list[Token], start: int, at: int) -> bool:
    """The clock time is said as when the user starts ('I leave at 05:42'), not when something happens ('the match
    starts at 3pm')."""
    j = at - 1
    clause: list[str] = []
    while j >= start and tokens[j].text not in _ENDS and tokens[j].word != "and":
        clause.append(tokens[j].word)
        j -= 1
    return bool(set(clause) & _STARTED and set(clause) & _SELVES)
