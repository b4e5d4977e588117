"""A word between a number and its unit that only says which of them it is: 'i did 1,236 business miles' at '45p a
mile' is 1,236 miles.

Where the request prices or rates the unit ('45p a mile', '£0.30 per kWh') and says one number of that unit with
one plain word before the unit ('business miles', 'peak kWh'), the word is a qualifier of the story, not a count of
its own: it is set aside in place so every reader sees '1,236 miles'. Only one such number may be said (two would
be two kinds to tell apart), and the word must carry nothing a sum could use (no unit, number, change or charge).
"""

from __future__ import annotations

from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.preambles import CARRIES
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import UNITS, Token

_PER = frozenset("a an per every each".split())
_NOT_QUALIFIERS = frozenset(
    "of the a an and or to in on at for by per each every more extra less fewer other another return round square "
    "cubic sq nautical fluid us imperial metric short long whole full total".split()
)


def drop_qualifiers(tokens: list[Token]) -> None:
    """Remove, in place, the one plain word between a number and a unit the request rates."""
    found: list[int] = []
    for i in range(len(tokens) - 3):
        if tokens[i].kind == "number" and _qualified(tokens, i):
            found.append(i + 1)
    if len(found) == 1 and _rated(tokens, tokens[found[0] + 1].word) and _said_once(tokens, tokens[found[0] + 1].word):
        del tokens[found[0]]
    _drop_normal_hours(tokens)


_NORMAL = frozenset("normal regular standard basic ordinary contracted usual".split())
_HOURS = frozenset("hours hrs hour hr".split())


def _drop_normal_hours(tokens: list[Token]) -> None:
    """'37.5 normal hours ... plus 4 hours overtime': beside overtime, the hours that are not overtime are what the
    overtime reader takes the first hours to be, so the word naming them is set aside (once, and only then)."""
    if not any(t.word == "overtime" for t in tokens):
        return
    found = [
        i + 1
        for i in range(len(tokens) - 2)
        if tokens[i].kind == "number" and tokens[i + 1].word in _NORMAL and tokens[i + 2].word in _HOURS
    ]
    if len(found) == 1:
        del tokens[found[0]]


def _qualified(tokens: list[Token], i: int) -> bool:
    word, unit = tokens[i + 1], tokens[i + 2]
    if word.kind != "word" or unit.kind != "word" or word.attached or not word.text.isalpha():
        return False
    w = word.word
    if w in _NOT_QUALIFIERS or w in UNITS or w in CHANGES or w in CARRIES or lookup(w, short=False) is not None:
        return False
    if lookup(f"{w} {unit.word}", short=False) is not None:
        return False  # 'square miles', 'fluid ounces': the two words are one unit
    measure = lookup(unit.word, short=False)
    return measure is not None and measure.per is None and not measure.dimension.startswith("money")


def _rated(tokens: list[Token], unit: str) -> bool:
    """'45p a mile', '£0.30 per kWh': an amount of money over one of the unit, said somewhere in the request."""
    measure = lookup(unit, short=False)
    for j in range(1, len(tokens) - 1):
        if tokens[j].word in _PER and tokens[j - 1].kind == "number" and j > 1 and tokens[j - 2].kind == "currency":
            other = lookup(tokens[j + 1].word, short=False) if tokens[j + 1].kind == "word" else None
            if other is not None and measure is not None and other.name == measure.name:
                return True
    return False


def _said_once(tokens: list[Token], unit: str) -> bool:
    """Only one number is said of the unit outside its rate."""
    measure = lookup(unit, short=False)
    said = 0
    for k in range(len(tokens) - 2):
        if tokens[k].kind != "number":
            continue
        for after in (tokens[k + 1], tokens[k + 2]):
            other = lookup(after.word, short=False) if after.kind == "word" else None
            if (
                other is not None
                and measure is not None
                and other.name == measure.name
                and tokens[k - 1].kind != "currency"
            ):
                said += 1
                break
    return said == 1


_WORKING = frozenset("working work business school".split())
_DAILY = frozenset("daily".split())
_OTHER_PERIODS = frozenset(
    "week weeks weekly fortnight fortnights month months monthly year years yearly annual hour hours".split()
)


def drop_working_days(tokens: list[Token]) -> None:
    """'how many working days' of work done at so much a day: the days counted are the working days already, so
    the word is removed in place and every reader sees 'how many days'. Only when the rate is per day and no other
    period is said: a rate per week counted in working days would need the days worked in a week."""
    words = [t.word for t in tokens]
    for i in range(len(tokens) - 3):
        if words[i : i + 2] == ["how", "many"] and words[i + 2] in _WORKING and words[i + 3] == "days":
            if _OTHER_PERIODS & set(words) or not _per_day(words):
                return
            del tokens[i + 2]
            return


def _per_day(words: list[str]) -> bool:
    """'2,300 words a day', 'per day', 'each day', 'daily': a rate said per day."""
    return bool(_DAILY & set(words)) or any(words[k] in _PER and words[k + 1] == "day" for k in range(len(words) - 1))
