"""How many whole slots of one length fit between two clock times: 'Hygiene appointments are 25 minutes each. If the
hygienist works from 8:30 to 12:45 with no gaps, how many full appointments fit in?' → 8:30 to 12:45 is 255
minutes; 255 ÷ 25 = 10.2, so 10 full appointments.

The request holds two clock times (the span, read as the time from the first to the second; two times without am
or pm are read so the span runs forward, which is the same length either way) and one length of a slot ('25
minutes each', 'each slot is 20 minutes', '45-minute lessons'), and no other number. The question asks how many
fit ('how many full appointments fit in', 'how many can be booked', 'how many whole slots'): only whole ones, so
the count is rounded down and the minutes left over are said. A gap, a break or a lunch that is not ruled out
('with no gaps', 'no break') declines: the slots would not run back to back.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.numbers import format_number
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.timespans import clock_at, clock_span
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_HOURS = frozenset("hour hours hr hrs".split())
_MINUTES = frozenset("minute minutes min mins".split())
_FIT = frozenset("fit fits full whole complete can could book booked".split())
_GAPS = frozenset("gap gaps break breaks lunch buffer pause pauses changeover turnaround travel".split())
_NO = frozenset("no without".split())
_SPOILERS = frozenset("per every daily week weeks plus minus except before after late early".split())


def solve_clock_slots(tokens: list[Token], start: int) -> Solution | None:
    """The whole slots that fit between two clock times; None unless the request is exactly that."""
    times: list[tuple[int, str | None]] = []
    slot: Fraction | None = None
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind == "number" and tokens[i + 1].word in _MINUTES | _HOURS and slot is None:
            slot = Fraction(token.value) * (60 if tokens[i + 1].word in _HOURS else 1)
            i += 2
            continue
        if token.kind == "number" and tokens[i + 1].text == "-" and tokens[i + 2].word in ("minute", "hour"):
            if slot is not None:
                return None
            slot = Fraction(token.value) * (60 if tokens[i + 2].word == "hour" else 1)  # '45-minute lessons'
            i += 3
            continue
        if token.kind in ("clock", "number") or token.word in ("noon", "midnight", "midday"):
            found = clock_at(tokens, i)
            if found is None or len(times) == 2:
                return None  # another number: a count, a price, a third time
            times.append((found[0], found[1]))
            i = found[2]
            continue
        if token.kind in ("date", "ordinal", "currency") or token.text == "%" or token.word in _SPOILERS:
            return None
        if token.word in _GAPS and tokens[i - 1].word not in _NO and tokens[i - 2].word not in _NO:
            return None  # 'with a 10-minute break': the slots are not back to back
        i += 1
    if len(times) != 2 or slot is None or slot <= 0:
        return None
    asked = question_words(tokens, start)
    if asked[:2] != ["how", "many"] or not set(asked) & _FIT:
        return None
    thing = _thing(asked[2:])
    if thing is None:
        return None  # 'how many minutes can I fit' asks for time, not slots
    first, second = times
    if first[1] is None and second[1] is None and second[0] < first[0] and second[0] >= 13 * 60:
        return None
    try:
        span = clock_span(first, second, "minute")
    except ToolInputError:
        return None
    minutes = Fraction(span.result or 0)
    if minutes <= 0:
        return None
    whole, left = divmod(minutes, slot)
    noun = thing or "slots"
    steps = [
        f"{span.steps[0]}",
        f"{format_number(minutes)} ÷ {format_number(slot)} = {format_number(minutes / slot)}, so {whole} whole {noun}",
    ]
    expression = f"floor({format_number(minutes)} / {format_number(slot)})"
    solution = Solution(f"{whole} {noun}", int(whole), "slots between clock times", expression, steps)
    solution.notes.extend(span.notes)
    solution.notes.append(
        f"only whole slots fit, so the count is rounded down; {format_number(left)} minutes are left over"
    )
    return solution


def _thing(words: list[str]) -> str | None:
    """What the question counts ('appointments' in 'how many full appointments fit'), '' when it names nothing, or
    None when it asks for minutes or hours."""
    words = [w for w in words if w not in ("full", "whole", "complete")]
    if not words or words[0] in _FIT or words[0] in ("of", "times", "do", "will", "would"):
        return ""
    if words[0] in _MINUTES | _HOURS:
        if len(words) > 1 and words[0] in ("minute", "hour") and words[1] not in _FIT:
            return words[1]  # 'how many 20-minute slots': the slot's length said before them
        return None
    return words[0]
