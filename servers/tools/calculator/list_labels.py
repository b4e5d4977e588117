"""Words that say what each number of a list is, in a request for the list's average: 'Tomato yields *per plant*
were 3.2, 4.1, 2.8 and 3.9 kg', 'Average fuel use across these 5 buses *in L/100km*: 31.2, 34.8, ...', 'saw 14, 18,
11, 16 and 21 patients Monday to Friday. What's his average *per day*?'.

Each number of such a list is one plant's yield, one bus's fuel use, one day's patients; the average of the list is
then the average per plant, in L/100km, per day, and the label changes nothing in it. The label is set aside and the
rest read as any request is. Only five shapes are read, each where it cannot be anything but a label:

* 'per <thing>' in the words before the list, where the thing is a plain noun (not a unit or a stretch of time);
* 'in <unit>' closed by the colon that opens the list;
* 'per day' in the question, where the story names a run of weekdays ('Monday to Friday') as many as the numbers;
* how many things the list is of, as many as its numbers, in the words naming them before it ('Weights of our
  four lemurs: 2.3, 2.6, 2.1 and 2.8 kg'); a count that differs says something is missing, and stays;
* a period's average ('my monthly average') where the story names as many of those periods as the numbers ('for
  the last four months were ...'): each number is one month's, so the mean of the list is the monthly one.

The request must ask for an average or mean and hold a list of three or more numbers, and nothing else is changed;
a request that says more is declined by the readers as before.
"""

from __future__ import annotations

from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_ASKS = frozenset("average mean median".split())
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNIT_WORDS = 6  # 'in L/100km', 'in kWh per day': a unit written out is short


def without_list_label(text: str, tokens: list[Token]) -> str | None:
    """``text`` without the label that says what each number of its list is, or None when it has none."""
    if not any(t.word in _ASKS for t in tokens):
        return None
    first, length = _list_at(tokens)
    if length < 3:
        return None
    cut = (
        _per_thing(tokens, first)
        or _in_unit(tokens, first)
        or _per_weekday(tokens, length)
        or _count_of_list(tokens, first, length)
        or _period_average(tokens, first, length)
    )
    if cut is None:
        return None
    begin, end = cut
    return (text[: tokens[begin].start].rstrip() + " " + text[tokens[end].start :].lstrip()).strip()


def _list_at(tokens: list[Token]) -> tuple[int, int]:
    """Where the longest run of numbers joined by commas, 'and' or spaces starts, and how many numbers it has."""
    best = (0, 0)
    k = 0
    while k < len(tokens):
        if tokens[k].kind != "number":
            k += 1
            continue
        start, count = k, 1
        while tokens[k + 1].text == "," or tokens[k + 1].word == "and" or tokens[k + 1].kind == "number":
            step = 2 + (tokens[k + 1].text == "," and tokens[k + 2].word == "and")
            step = 1 if tokens[k + 1].kind == "number" else step  # '1020 1185 967': a tally written with spaces
            step += tokens[k + step].kind == "currency"  # '£1,200, £1,450 and £1,310': amounts listed
            if tokens[k + step].kind != "number":
                break
            k += step
            count += 1
        best = max(best, (start, count), key=lambda b: b[1])
        k += 1
    return best


def _per_thing(tokens: list[Token], first: int) -> tuple[int, int] | None:
    """'yields per plant were 3.2, ...': 'per' and a plain noun before the list."""
    for k in range(max(0, first - 6), first - 1):
        thing = tokens[k + 1]
        if tokens[k].word == "per" and inert(thing) and lookup(thing.word) is None:
            return k, k + 2
    return None


def _in_unit(tokens: list[Token], first: int) -> tuple[int, int] | None:
    """'... in L/100km: 31.2, 34.8, ...': 'in' and a unit, closed by the colon before the list."""
    if first < 2 or tokens[first - 1].text != ":":
        return None
    for k in range(first - 2, max(-1, first - 2 - _UNIT_WORDS), -1):
        if tokens[k].word == "in":
            inside = tokens[k + 1 : first - 1]
            named = [t for t in inside if t.kind == "word"]
            if (
                named
                and all(lookup(t.word) is not None for t in named)
                and all(t.kind in ("word", "number") or t.text == "/" for t in inside)
            ):
                return k, first - 1
            return None
    return None


def _per_weekday(tokens: list[Token], length: int) -> tuple[int, int] | None:
    """'... Monday to Friday. What's his average per day?': the days named are as many as the numbers."""
    days = [_DAYS.index(t.word) for t in tokens if t.word in _DAYS]
    said = any(t.word in ("to", "through", "thru") for t in tokens)
    if len(days) != 2 or not said or (days[1] - days[0]) % 7 + 1 != length:
        return None
    for k in range(len(tokens) - 2):
        if tokens[k].word in _ASKS and tokens[k + 1].word == "per" and tokens[k + 2].word == "day":
            return k + 1, k + 3
    return None


_OWNERS = frozenset("the my our their his her these those its".split())
_LIST_OPENS = frozenset({":", "were", "are", "was", "came", "weigh", "weighed", "measured", "scored"})
_NAME_WORDS = 3  # 'four ring-tailed lemurs': the thing is named in a few plain words


def _count_of_list(tokens: list[Token], first: int, length: int) -> tuple[int, int] | None:
    """'Weights of our four lemurs: 2.3, ...': after an owner, a count as many as the list's numbers and the plain
    words naming them, right before the list opens. Any other number before the list leaves it to the readers."""
    for k in range(max(1, first - _NAME_WORDS - 3), first):
        count = tokens[k]
        if count.kind != "number" or tokens[k - 1].word not in _OWNERS:
            continue
        if count.value != length or any(t.kind in ("number", "currency") for t in tokens[:k]):
            return None
        j = k + 1
        while j < k + 1 + _NAME_WORDS and inert(tokens[j]) and lookup(tokens[j].word) is None:
            j += 1
        opens = tokens[j].text in _LIST_OPENS or tokens[j].word in _LIST_OPENS
        return (k, k + 1) if j > k + 1 and opens and j + 1 + (tokens[j].text != ":") >= first else None
    return None


_PERIOD_ADJECTIVES = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year", "annual": "year"}


def _period_average(tokens: list[Token], first: int, length: int) -> tuple[int, int] | None:
    """'... for the last four months were 38,200, ... What's my monthly average?': the period's adjective before
    'average' or 'mean', where as many of that period as the list's numbers are named before the list."""
    for k in range(first + 1, len(tokens) - 1):
        period = _PERIOD_ADJECTIVES.get(tokens[k].word)
        if period is None or tokens[k + 1].word not in _ASKS:
            continue
        named = any(
            tokens[j].kind == "number" and tokens[j].value == length and tokens[j + 1].word in (period, period + "s")
            for j in range(first - 1)
        )
        return (k, k + 1) if named else None
    return None
