"""Words around a list of numbers that say what each number is, and so change no statistic of it.

'Jobs I logged each day were 38, 42 and 35. What's the mean number of jobs per day?', 'Our monthly cleaning costs
were €420, €385 and €510. What's the average per month?': each number is already one day's or one month's, so the
mean per day is the mean. That holds only when the story says the list is of that period ('each day', 'daily',
'a month', 'monthly') and of no other: a list of weekly sales asked 'per day' needs a division this reader does not
do, and declines.

'Test scores out of 50: 34, 41, 28': the most marks a score could be, said before the list. It changes no mean,
median, range, minimum or maximum of the scores; it is set aside only when every score is within it and those are
what is asked (a percentage of it is another question).
"""

from __future__ import annotations

from servers.tools.calculator.counted import asks_speed
from servers.tools.calculator.day_labels import each_a_day
from servers.tools.calculator.periods import ADJECTIVES
from servers.tools.calculator.quantities import Quantity, lookup
from servers.tools.calculator.stories import question_start, question_words
from servers.tools.calculator.tokens import Token

_EACH = frozenset("each every per a an".split())
_UNMOVED = frozenset({"mean", "median", "mode", "min", "max", "range", "count"})
"""The statistics a maximum mark changes nothing of."""


def period_at(tokens: list[Token], k: int) -> str | None:
    """The period named at ``k``: 'each day', 'per month', 'a week' (the word of the unit), 'daily', 'monthly'."""
    word = tokens[k].word
    if word in ADJECTIVES:
        return ADJECTIVES[word]
    if word in _EACH and k + 1 < len(tokens):
        unit = lookup(tokens[k + 1].word, short=False) if tokens[k + 1].kind == "word" else None
        if unit is not None and unit.dimension == "time" and unit.per is None:
            return unit.name
    return None


def in_period(tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` is part of a period phrase: 'each' of 'each day', or the 'day' itself."""
    return (
        period_at(tokens, k) is not None
        or k > 0
        and tokens[k - 1].word in _EACH
        and period_at(tokens, k - 1) is not None
    )


def said_per(tokens: list[Token], before: int, unit: str) -> bool:
    """Whether the words before ``before`` say the list is of ``unit`` ('each day', 'monthly'), and of no other."""
    named = {p for k in range(before) if (p := period_at(tokens, k)) is not None}
    return named == {unit}


def maximum_mark(tokens: list[Token], i: int) -> int:
    """The width of 'out of 50' at ``i`` before a list (a colon or the list's first number after it), or 0."""
    if tokens[i].word != "out" or tokens[i + 1].word != "of" or tokens[i + 2].kind != "number":
        return 0
    after = tokens[i + 3]
    return 3 if after.text == ":" or after.kind in ("number", "word") and after.word in ("", "were", "are") else 0


def scale_range(tokens: list[Token], i: int) -> int:
    """The width of a bracketed scale at ``i`` before a list ('pain scores (0-10): 2, 3, 1', '(1 to 5)'), or 0. Its
    top is the most a score could be, as 'out of 10' says; the scale's ends are no figures of the list."""
    if tokens[i].text != "(" or tokens[i + 1].kind != "number" or tokens[i + 3].kind != "number":
        return 0
    if tokens[i + 2].text not in ("-", "–") and tokens[i + 2].word != "to" or tokens[i + 4].text != ")":
        return 0
    if not 0 <= tokens[i + 1].value < tokens[i + 3].value:
        return 0
    after = tokens[i + 5]
    return 5 if after.text == ":" or after.word in ("for", "of", "were", "are", "from", "in", "on") else 0


def top_mark(tokens: list[Token], i: int) -> Token:
    """The most a score could be, of 'out of 50' or '(0-10)' at ``i``."""
    return tokens[i + 3] if tokens[i].text == "(" else tokens[i + 2]


def within_mark(mark: Token | None, items: list[Quantity], asked: list[str]) -> bool:
    """Whether a maximum mark said before the list changes nothing: plain scores within it, unmoved statistics."""
    if mark is None:
        return True
    fits = all(q.measure is None and not q.percent and 0 <= q.value <= mark.value for q in items)
    return fits and set(asked) <= _UNMOVED


def shared_period(items: list[Quantity], asked: list[str]) -> list[Quantity]:
    """'bills were £85, £92 and £78 each month': the period said after the last amount is every amount's, so the
    list is of plain amounts, one a period each. Only for a statistic of one period's amount (a mean, a median): a
    total of periodic amounts depends on how many periods, which ``rate_lists`` reads."""
    if len(items) < 2 or not set(asked) <= _UNMOVED - {"count"}:
        return items
    last, first = items[-1].measure, items[0].measure
    if last is None or last.per is None or last.per.dimension != "time" or first is None:
        return items
    if any(q.measure != first or q.percent for q in items[:-1]) or first.per is not None or last.name != first.name:
        return items
    return [*items[:-1], Quantity(items[-1].value, first)]


_MIDDLES = frozenset("average averages avg mean median".split())


def asks_middle(tokens: list[Token], start: int) -> bool:
    """Whether the question asks a middle value ('the average', 'the median') of something other than a speed: one
    of the figures' kind, never the figures added up; or names a period ('the total a day', 'the daily total'),
    which figures added up are not of."""
    asked = question_start(tokens, start)
    if any(period_at(tokens, k) is not None for k in range(asked, len(tokens))):
        return True
    return bool(_MIDDLES & set(question_words(tokens, start))) and not asks_speed(tokens, start)


_WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "weds": 2, "wednesday": 2, "thu": 3,
    "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4, "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}  # fmt: skip
_THROUGH = frozenset({"to", "through", "thru", "till", "until", "-"})


def listed_per(tokens: list[Token], first: int, before: int, unit: str, count: int) -> bool:
    """Whether each of the ``count`` figures listed from ``first`` is one ``unit``'s: the list is named by that period
    before it ('Jobs per day:', 'Monthly bills were', ``said_per``), or the words before ``before`` run through as
    many weekdays as it has figures ('Tuesday to Saturday' of five). A period said after the figures ('£20, £30 and
    £25 per day on food, fuel and parking') makes each a rate of its own, not one day's of a series."""
    if any(period_at(tokens, k) is not None for k in range(first, before)):
        return False
    if said_per(tokens, first, unit):
        return True
    if unit == "day" and each_a_day(tokens, max(first - 1, 0), before, count):
        return True  # 'Mon 6.5, Tue 8, Wed 7.25': one day's figure each
    if unit == "day" and count <= 7 and _one_week(tokens, first):
        return True  # 'My sales this week: 38 500, 42 000, ... the average per day?': a day's figure each
    if unit != "day" or any(period_at(tokens, k) is not None for k in range(before)):
        return False
    spans = [
        (_WEEKDAYS[tokens[k].word], _WEEKDAYS[tokens[k + 2].word])
        for k in range(before - 2)
        if tokens[k].word in _WEEKDAYS
        and (tokens[k + 1].word or tokens[k + 1].text) in _THROUGH
        and tokens[k + 2].word in _WEEKDAYS
    ]
    days = {t.word for t in tokens[:before] if t.word in _WEEKDAYS}
    return len(spans) == 1 and len(days) == 2 and (spans[0][1] - spans[0][0]) % 7 + 1 == count


_WEEK_NAMED = (("this", "week"), ("last", "week"), ("the", "week"))


def _one_week(tokens: list[Token], first: int) -> bool:
    """Whether the words before the list at ``first`` name it as one week's ('My sales this week:'), and name no other
    period: a figure of a week's list, asked per day, is one day's."""
    named = {p for k in range(first) if (p := period_at(tokens, k)) is not None}
    pairs = {(tokens[k].word, tokens[k + 1].word) for k in range(first - 1)}
    if any(t.word in _WEEKDAYS for t in tokens):
        return False  # 'mon 412.50, tue 388': the days are named, and read as named (``each_a_day``)
    return named <= {"week"} and any(pair in pairs for pair in _WEEK_NAMED)


def period_named(tokens: list[Token], i: int, first: int, count: int) -> int:
    """'the daily average', 'the average a day' of a list from ``first`` each of whose figures is one day's: the
    width of the period's words at ``i`` (the adjective before the statistic, or 'a day' after it), or 0; -1 for an
    adjective that names another period than the one the list is said of ('the weekly average' of figures 'per
    day')."""
    word = tokens[i].word
    if word in ADJECTIVES and tokens[i + 1].word in ("average", "mean", "median"):
        if listed_per(tokens, first, i, ADJECTIVES[word], count):
            return 1
        return -1 if any(period_at(tokens, k) is not None for k in range(i)) else 0
    if word in ("a", "an", "per", "each") and tokens[i - 1].word in ("average", "mean", "median"):
        unit = period_at(tokens, i)
        if i + 2 >= len(tokens):
            return 0  # the request ends before the period's word could close ('... per round' as its last words)
        after = tokens[i + 2]
        closes = after.kind == "end" or after.text in (",", ".", "?", "!")
        return 2 if unit is not None and closes and listed_per(tokens, first, i, unit, count) else 0
    return 0


_TOTALS = ("total", "altogether", "all", "overall")


def total_of_an_average(tokens: list[Token], start: int) -> bool:
    """'The dose is 2.5 ml per 50 kg and the average calf weighs 150 kg. How many ml in total?': one average thing
    is told and a total over all of them is asked, which needs how many there are."""
    asked = question_start(tokens, start)
    told = {t.word for t in tokens[start:asked]}
    return bool({"average", "averaged", "avg"} & told) and any(w in _TOTALS for w in question_words(tokens, start))


def counted_period(tokens: list[Token], i: int, first: int, count: int) -> int:
    """'the average number of transfers per day': ``period_named`` with 'number of' and the counted noun standing
    between the statistic and its period; the noun is a thing counted, not a unit."""
    if i < 4 or tokens[i - 3].word != "number" or tokens[i - 2].word != "of":
        return 0
    noun = tokens[i - 1]
    if noun.kind != "word" or not noun.word.isalpha() or lookup(noun.word, short=False) is not None:
        return 0
    return period_named([*tokens[: i - 3], *tokens[i:]], i - 3, first, count)
