"""The clock time at the end of a schedule told as a story: 'Delivery van leaves at 7:15am. Six drops today at about
25 minutes each including the driving. What time will I be back at the shop?' (7:15 am + 6 × 25 min = 9:45 am),
'Act 1 runs 52 minutes, the interval is 20 and Act 2 is 47. If curtain up is 7:30pm, what time does it come down?'.

The request holds one clock time, said as the start ('leaves at', 'starts at', 'curtain up is'), and a question
'what time' asking when it ends ('be back', 'finish', 'come down', 'announcing the winners'), not when to start.
Every number besides is one of:

- a length of time ('52 minutes', 'a 20 minute break', '15 minutes at the end');
- a count of things at a length each ('six drops at 25 minutes each', 'eight rounds of 12 minutes');
- a bare number said as what a part runs, after a length in minutes or hours ('the interval is 20'): that unit;
- a part named by its number ('Act 2', 'after round 4').

No other word may change the sum ('every', 'twice', 'late', 'early', 'per', 'except', a price). The request is read
again as 'What time is it <the total> minutes after <the start>?', and answered only when that reads in full.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.timespans import clock_at
from servers.tools.calculator.tokens import Token

_STARTS = frozenset("leaves leave leaving starts start starting begins begin opens open up departs kicks off".split())
"""'leaves at 7:15am', 'starts at 8pm', 'curtain up is 7:30pm': the clock time said is when it starts."""
_ENDS = frozenset(
    "back finish finished finishing end ends done over down announcing announce home wrap get gets arrive arrives "
    "reach".split()
)
"""'what time will I be back', 'what time does it come down': the question asks when it ends."""
_NOT_ENDS = frozenset("start begin leave set depart need should must latest".split())
_PARTS = frozenset(
    "act round part stage leg scene set half game heat session lesson period match track drop stop".split()
)
_SHIFTS = frozenset("early late earlier later ahead behind sooner delayed overran overrun want".split())
"""'I want to be there 10 minutes early', 'always 10 minutes late': a length that moves the clock another way."""
_RUNS = frozenset("is runs run lasts last takes take was".split())
_EACH = frozenset("each apiece".split())
_ROUGHLY = frozenset("about around roughly approx approximately".split())
_ALLOWED = frozenset("and then with if what each after including".split())
_TIME = frozenset({"time", "time's"})
_PAUSES = frozenset(
    "interval intermission break breaks lunch stop stops pause rest breather halftime wait delay queue traffic "
    "speeches adverts trailers".split()
)
"""A part of the schedule that is all waiting: its length must be said by a number beside it ('a 20 minute break',
'the interval is 20'), or the schedule is short by it ('with an interval')."""
_NEAR = 3
_MOST_COUNT = 50
_MOST_WORDS = 3


def as_sum(text: str, tokens: list[Token]) -> str | None:
    """``text`` as 'What time is it <N> minutes after <start>?', or None when it is not one such schedule."""
    if len(tokens) > 120:
        return None
    ask = next((k for k in range(len(tokens) - 1) if tokens[k].word == "what" and tokens[k + 1].word in _TIME), None)
    if ask is None:
        return None
    asked = _sentence(tokens, ask)
    if not {t.word for t in asked} & _ENDS or {t.word for t in asked} & _NOT_ENDS:
        return None
    start: tuple[int, int] | None = None  # where the clock time is said, and where it ends
    total = Fraction(0)
    unit: Fraction | None = None  # minutes in the last unit said, for a bare number after it
    i = 0
    while tokens[i].kind != "end":
        token = tokens[i]
        found = clock_at(tokens, i) if token.kind in ("clock", "number") else None
        if found is not None and start is None and _said_as_start(tokens, i):
            start = (i, found[2])
            i = found[2]
            continue
        if token.kind == "number":
            read = _term(tokens, i, unit)
            if read is None:
                return None
            minutes, i, said = read
            total += minutes
            unit = said if said is not None else unit
            continue
        if token.kind in ("clock", "date", "currency", "ordinal") or token.text in ("%", "£", "$", "€"):
            return None
        if token.kind == "word" and not _story_word(tokens, i):
            return None
        i += 1
    if start is None or not total or total.denominator != 1:
        return None
    clock = text[tokens[start[0]].start : tokens[start[1] - 1].start + len(tokens[start[1] - 1].text)]
    return f"What time is it {total} minutes after {clock}?"


def _sentence(tokens: list[Token], ask: int) -> list[Token]:
    end = ask
    while tokens[end].kind != "end" and tokens[end].text not in (".", "?", "!"):
        end += 1
    return tokens[ask:end]


def _said_as_start(tokens: list[Token], i: int) -> bool:
    """'leaves at 7:15am', 'Quiz starts at 8pm', 'curtain up is 7:30pm': a start word just before the time."""
    before = [tokens[k].word for k in range(max(0, i - 3), i)]
    return bool(set(before) & _STARTS)


def _minutes(tokens: list[Token], i: int) -> tuple[Fraction, int, Fraction] | None:
    """A length of time at ``i`` ('25 minutes', '1 hour', '20-minute'): its minutes, the index after, its unit."""
    k = i + 1 + (tokens[i + 1].text == "-")
    measure = lookup(tokens[k].word, short=True) if tokens[k].kind == "word" else None
    if measure is None or measure.dimension != "time" or measure.per is not None:
        return None
    per_unit = Fraction(measure.factor) / 60
    if not 1 <= per_unit <= 60:
        return None  # minutes or hours: a day or a second is no part of an evening's schedule
    return Fraction(tokens[i].value) * per_unit, k + 1, per_unit


def _length(tokens: list[Token], i: int) -> tuple[Fraction, int, Fraction] | None:
    """A length at ``i`` said in one unit or two ('1 hour 45 minutes', '2 hours and 10 minutes'): its minutes, the
    index after it, and the unit it ends in."""
    length = _minutes(tokens, i)
    if length is None:
        return None
    minutes, end, unit = length
    k = end + (tokens[end].word == "and")
    rest = _minutes(tokens, k) if tokens[k].kind == "number" else None
    if rest is None or rest[2] >= unit:
        return length
    return minutes + rest[0], rest[1], rest[2]


def _term(tokens: list[Token], i: int, unit: Fraction | None) -> tuple[Fraction, int, Fraction | None] | None:
    """One number of the schedule read as a length, a count at a length each, a bare length or a part's name."""
    value = tokens[i].value
    if value is None or value <= 0:
        return None
    before = tokens[i - 1].word if i else ""
    if before in _PARTS and value == int(value) and value <= 20 and _minutes(tokens, i) is None:
        timed = tokens[i + 1].word in _RUNS and tokens[i + 2].kind == "number"  # 'Act 2 is 47'
        if not timed and (i < 2 or tokens[i - 2].word not in ("after", "before")):
            return None  # 'and Act 2': a part whose length is not said
        return Fraction(0), i + 1, None  # 'Act 2', 'after round 4': which part, not how long
    length = _length(tokens, i)
    if length is not None:
        return length
    counted = _counted(tokens, i)
    if counted is not None:
        return counted
    after = tokens[i + 1]
    bare = after.kind == "end" or after.text in (".", ",", ";", "!", "?") or after.word in ("and", "then")
    if unit is not None and before in _RUNS and bare:
        return Fraction(value) * unit, i + 1, None  # 'the interval is 20': in the minutes said before it
    return None


def _counted(tokens: list[Token], i: int) -> tuple[Fraction, int, Fraction] | None:
    """'six drops today at about 25 minutes each', 'eight rounds of 12 minutes': a count of things at a length."""
    count = tokens[i].value
    if count is None or count != int(count) or not 1 < count <= _MOST_COUNT:
        return None
    k = i + 1
    while k < i + 1 + _MOST_WORDS and tokens[k].kind == "word" and tokens[k].word not in ("at", "of"):
        if tokens[k].word in CHANGES or lookup(tokens[k].word, short=False) is not None:
            return None
        k += 1
    if k == i + 1 or tokens[k].word not in ("at", "of"):
        return None
    joined = tokens[k].word
    k += 1 + (tokens[k + 1].word in _ROUGHLY)
    if tokens[k].kind != "number":
        return None
    length = _length(tokens, k)
    if length is None:
        return None
    minutes, end, unit = length
    if tokens[end].word in _EACH:
        end += 1
    elif joined != "of":
        return None  # 'six drops at 25 minutes': at 25 minutes each, or all six in 25
    return int(count) * minutes, end, unit


def _story_word(tokens: list[Token], i: int) -> bool:
    """A word of the story: none that could change the sum, unless it is one the schedule reads itself."""
    word = tokens[i].word
    if word in ("after", "before"):
        return tokens[i + 1].word in _PARTS  # 'a 20 minute break after round 4'
    if word in _PARTS and tokens[i + 1].kind == "number":
        return True  # 'after round 4': the part's name
    if word in _PAUSES:
        return _timed(tokens, i)
    if word == "half" and tokens[i + 1].text == "-" and tokens[i + 2].word == "time":
        return _timed(tokens, i)  # 'a 15 minute half-time break'
    if word == "including":
        return tokens[i + 1].kind != "number"  # 'including the driving': what each length holds
    if word in CHANGES and word not in _ALLOWED or word in _SHIFTS:
        return False
    measure = lookup(word, short=False)
    return measure is None or measure.dimension == "time" and not tokens[i].attached


def _timed(tokens: list[Token], i: int) -> bool:
    """Whether a number is said beside the pause at ``i`` in its clause: 'a 20 minute break', 'the interval is 20'."""
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(tokens) and abs(k - i) <= _NEAR and tokens[k].text not in (",", ".", ";", "?", "!"):
            if tokens[k].kind == "number":
                return True
            k += step
    return False
