"""Time open or worked over several clock spans, added: 'We open 11:00 to 15:00 and again 17:30 to 22:00. How many
hours is that?', 'split shift 6 am to 10 am, then 4 pm to 8 pm: how long do I work?', and over the days of a week
when those days are said ('six days per week ... how many hours in one week?').

Every number must be a clock time of a span (two times joined by 'to', 'until', 'till' or a dash) or the one count
of days worked in a week; there are two spans at least (one span is a plain span between clock times). A week is
asked only when its days are said, and days said are used only when a week is asked: seven days are never assumed.
Times without am or pm are read on the 24-hour clock only when the request writes one as only that clock does
('15:00', '06:30') and none with am or pm; a span that ends earlier than it starts ends after midnight only when its
end is written so ('02:15'), never '11:00 to 3:00'. Words that take something off or ask something else (a break,
the pay, an average, 'each', 'every') decline the request.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.calendars import WEEKDAYS
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.timespans import clock_12, clock_at
from servers.tools.calculator.tokens import Token

_JOINS = frozenset({"to", "until", "till", "til", "-", "–", "through", "thru"})
_SPOILERS = (
    frozenset(
        "late delay delayed early earlier later wait waiting break breaks lunch pause stop stops minus plus except "
        "excluding without local before after since ago average mean each every daily pay paid earn earns rate cost "
        "costs price wage wages difference longer shorter more less than between or which per overtime "
        "weekend weekends weekday weekdays".split()
    )
    | {f"{day}s" for day in WEEKDAYS}
    | WEEKDAYS
)
"""Words that make the sum something other than the spans added (a break taken off, a pay, a second question)."""
_WEEK_PER = frozenset({"a", "per", "each", "every", "in", "the"})
_UNITS = {"minutes": "minute", "mins": "minute", "hours": "hour", "hrs": "hour"}
_DAY_WORDS = frozenset({"days", "day"})
_MAX_DAY = 24 * 60


def solve_clock_sum(tokens: list[Token], start: int) -> Solution | None:
    """The spans of a request added (and taken over the days of a week asked); None when it is not exactly that."""
    times: list[tuple[int, str | None, Token]] = []
    days: Token | None = None
    week_said_at = days_at = -1
    read: set[int] = set()  # the words of the days phrase, read with its count
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind == "number" and tokens[i + 1].word in _DAY_WORDS:
            if days is not None or token.value.denominator != 1 or not 1 <= token.value <= 7:
                return None
            days, days_at, i = token, len(times), i + 2
            if tokens[i].word in _WEEK_PER and tokens[i + 1].word == "week":
                read.update((i, i + 1))
                week_said_at, i = i + 1, i + 2
            continue
        if token.kind == "number" and token.text.lower() in ("one", "a") and tokens[i + 1].word == "week":
            i += 1  # 'in one week': the week asked, not a count
            continue
        if token.kind in ("clock", "number") or token.word in ("noon", "midnight", "midday"):
            found = clock_at(tokens, i)
            if found is None:
                return None
            times.append((found[0], found[1], token))
            i = found[2]
            if len(times) % 2 and tokens[i].word not in _JOINS and tokens[i].text not in _JOINS:
                return None  # a time that does not open a span
            continue
        if token.kind in ("date", "ordinal", "currency") or token.text == "%":
            return None
        i += 1
    if len(times) < 4 or len(times) % 2:
        return None
    if days is not None and 0 < days_at < len(times):
        return None  # days said between spans: of some spans only, or of all of them, is open
    words = [t.word for k, t in enumerate(tokens[start:], start) if t.kind == "word" and k not in read]
    asked = question_words(tokens, start)
    if set(words) & _SPOILERS or sum(w in ("how", "what", "what's", "whats") for w in words) != 1:
        return None
    unit = _asked_unit(asked)
    if unit is None:
        return None
    week_asked = "week" in asked or "weekly" in asked
    if week_asked != (days is not None) or "week" in words[: len(words) - len(asked)] and week_said_at < 0:
        return None  # a week with no days said, days with no week asked, or a week said some other way
    spans = _spans(times)
    if spans is None:
        return None
    total = sum(minutes for minutes, _ in spans)
    steps = [f"from {clock_12(a)} to {clock_12(b)} is {minutes} minutes" for minutes, (a, b) in spans]
    steps.append(f"{' + '.join(str(m) for m, _ in spans)} = {total} minutes")
    expression = " + ".join(str(m) for m, _ in spans)
    if days is not None:
        steps.append(f"{total} minutes × {days.value} days = {total * days.value} minutes")
        expression = f"({expression}) × {days.value}"
        total *= int(days.value)
    return _solution(Fraction(total), unit, expression, steps)


def _spans(times: list[tuple[int, str | None, Token]]) -> list[tuple[int, tuple[int, int]]] | None:
    """Each span's minutes and its (start, end) on the 24-hour clock; None when a time's half of the day is open."""
    marked = any(mark for _, mark, _ in times)
    twenty_four = any(_twenty_four(token) for _, mark, token in times if mark is None)
    if marked and twenty_four or not marked and not twenty_four:
        return None  # am/pm beside a 24-hour time, or no time that says which half of the day
    spans: list[tuple[int, tuple[int, int]]] = []
    for k in range(0, len(times), 2):
        (first, first_mark, _), (second, second_mark, second_token) = times[k], times[k + 1]
        if marked and (first_mark is None or second_mark is None):
            return None  # '9 to 1 pm' is read as one span elsewhere; in a list every time says its half of the day
        minutes = second - first
        if minutes <= 0:
            if not marked and not second_token.text.startswith("0"):
                return None  # '11:00 to 3:00': the end is not written as a time after midnight
            minutes += _MAX_DAY
        if not 0 < minutes < _MAX_DAY:
            return None
        spans.append((minutes, (first, second)))
    return spans


def _twenty_four(token: Token) -> bool:
    """'22:50', '06:15': a time only a 24-hour clock writes."""
    return token.kind == "clock" and (token.text.startswith("0") or token.value[0] >= 13)


def _asked_unit(asked: list[str]) -> str | None:
    """'how many hours' → hour; 'how long' or 'how much time' → '' (hours and minutes), or the unit after 'in'."""
    for k, word in enumerate(asked[:-2]):
        if word == "how" and asked[k + 1] == "many" and asked[k + 2] in _UNITS:
            return _UNITS[asked[k + 2]]
    if has_phrase(asked, "how long") or has_phrase(asked, "how much time"):
        for k, word in enumerate(asked[:-1]):
            if word == "in" and asked[k + 1] in _UNITS:
                return _UNITS[asked[k + 1]]
        return ""
    return None


def _solution(minutes: Fraction, unit: str, expression: str, steps: list[str]) -> Solution:
    whole, rest = divmod(int(minutes), 60)
    if unit == "minute":
        value, answer, label = minutes, f"{numbers.format_number(minutes)} minutes", "minutes"
    else:
        value, label = minutes / 60, "hours"
        shown = f"{whole} h {rest} min" if rest else f"{whole} h"
        answer = shown if unit == "" else f"{numbers.format_number(value)} hours" + (f" ({shown})" if rest else "")
    solution = Solution(answer, value, "time over clock spans", expression, steps, label)
    solution.notes = ["the spans are added as given; none overlaps another"]
    return solution
