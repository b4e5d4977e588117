"""A rate kept up round the clock: said so, the words go, and a day of it is 24 hours.

'Our newborn takes 4 ounces every 3 hours, round the clock. How many ounces in a day?': the readers count a day
against clock hours only when the request says the day is a full one, since a working day is not 24 hours. Said
'round the clock', 'day and night', '24/7', or asked of 'a full day', the day is 24 hours: the words that say so
are set aside where they close a clause, and the day asked about ('in a day', 'per day', 'in a whole day') is read
as '24 hours' (a week as 168). Without a rate by the clock ('every 3 hours', 'an hour') nothing changes.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.tokens import Token

_CONTINUOUS = tuple(
    tuple(p.split())
    for p in ("round the clock", "around the clock", "all day and night", "day and night", "night and day", "24 / 7")
)
_CLAUSE_ENDS = frozenset({".", ",", "!", ";", "?", ""})
_CLOCK_UNITS = frozenset("hour hours hr hrs minute minutes min mins second seconds".split())
_RATE_WORDS = frozenset("every per each an a".split())
_FULL = frozenset("full whole entire".split())
_ASKED_BEFORE = frozenset("in per a each every over".split())
_ONE = frozenset("a one 1 the".split())
_HOURS = {"day": 24, "week": 7 * 24}
"""The hours of a day or a week kept up round the clock."""


def day_of_hours(tokens: list[Token]) -> None:
    """In place: the words saying a clock rate goes on all day and night removed, and a day asked of it made 24
    hours; tokens left as they are when the request has no rate by the clock."""
    words = [t.word or t.text for t in tokens] + [""] * 4
    if not any(words[k] in _RATE_WORDS and words[k + 1] in _CLOCK_UNITS for k in range(len(tokens))) and not any(
        words[k] == "every" and tokens[k + 1].kind == "number" and words[k + 2] in _CLOCK_UNITS
        for k in range(len(tokens))
    ):
        return  # no rate by the clock: 'day and night' and 'a day' keep their own sense
    said = False
    i = 0
    while i < len(tokens) - 1:
        width = _continuous(words, i)
        if width and tokens[i + width].text in _CLAUSE_ENDS:
            start = i - (tokens[i - 1].text == "," and i > 0)
            del tokens[start : i + width]
            del words[start : i + width]
            said = True
            i = start
            continue
        i += 1
    i = _question(tokens)  # the day asked about, not 'twice a day' told in the story
    while i < len(tokens) - 1:
        day = _day_asked(words, i)
        if day and (said or any(w in _FULL for w in words[i : i + day])):
            at, hours = tokens[i].start, _HOURS[words[i + day - 1]]
            tokens[i : i + day] = [
                Token("word", "in", at),
                Token("number", str(hours), at, value=Fraction(hours)),
                Token("word", "hours", at),
            ]
            return
        i += 1


def _question(tokens: list[Token]) -> int:
    """The first token of the last sentence, its closing marks not counted."""
    last = len(tokens) - 2
    while last > 0 and tokens[last].text in _CLAUSE_ENDS:
        last -= 1
    for k in range(last, 0, -1):
        if tokens[k].text in (".", "!", "?", ";"):
            return k + 1
    return 0


def _continuous(words: list[str], i: int) -> int:
    for phrase in _CONTINUOUS:
        if tuple(words[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _day_asked(words: list[str], i: int) -> int:
    """'in a day', 'per day', 'a day', 'in one full day', 'in a whole week': the width of the day or week asked."""
    if words[i] not in _ASKED_BEFORE:
        return 0
    j = i + 1
    if words[i] in ("in", "over", "each", "every") or words[i] == "per" and words[j] not in _HOURS:
        j += words[j] in _ONE
    j += words[j] in _FULL
    return j + 1 - i if words[j] in _HOURS and words[j + 1] in _CLAUSE_ENDS else 0
