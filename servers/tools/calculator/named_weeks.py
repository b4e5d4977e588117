"""The days of a week a request names: 'Tuesday to Saturday' is a week of five days worked, 'Mon-Fri' five,
'weekdays' five and 'weekends' two.

A rate by the day scaled to a week (``dimensions``) counts a week as seven days only when no days are named and
the days are not days of work. A run of days named once says how many days the week has; days named any other way
('on Saturdays', 'working days', 'Monday and Thursday') leave the week's days uncounted, and so does a day's work or
pay with no days named ('works 8 hours a day', 'earns £96 a day': five days a week, or six?): an answer that depends
on them is declined.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from servers.tools.calculator import readings
from servers.tools.calculator.givens import Given
from servers.tools.calculator.quantities import is_money
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_DAYS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
         "sun": 6}  # fmt: skip
_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_RUNS = frozenset({"to", "through", "thru", "till", "til", "until", "-", "–", "—"})
_WHOLE_RUNS = {"weekdays": 5, "weekday": 5, "weekends": 2, "weekend": 2}
_WORK = frozenset(
    "work works worked working job jobs shift shifts earn earns earned earning earnings wage wages salary pay paid "
    "pays rota".split()
)
SIX_DAYS = {"day": Fraction(1), "week": Fraction(6), "fortnight": Fraction(12)}
"""A week not of seven days: a reading that gives the same answer by it does not depend on the days counted."""
UNCOUNTED = (
    "the answer depends on how many days a week are worked, which it does not say: name the days ('Monday to "
    "Friday') or say how many days a week"
)
_KINDS_OF_DAY = frozenset({"working", "work", "school", "business", "shift", "shifts", "workdays", "workday"})


def _day(word: str, *, short: bool) -> int | None:
    """The weekday a word names (0 is Monday): a whole name, singular or plural, or a short one when ``short``."""
    word = word.removesuffix("s") if word.removesuffix("s") in _NAMES else word
    if word in _NAMES:
        return _NAMES.index(word)
    return _DAYS.get(word) if short else None


def _span(first: int, last: int) -> int:
    return (last - first) % 7 + 1


def days_in_week(tokens: list[Token], start: int = 0, *, paid: bool = False) -> int | None:
    """How many days the week the request names has: 5 for 'Tuesday to Saturday' (or 'tue-sat', 'weekdays'); 0 when
    days are named but not as one run ('on Saturdays', 'working days', 'Monday and Friday'), or none are and the
    request is about work or pay (``paid``: a wage by the hour is given); None when none are."""
    runs: list[int] = []
    named = 0
    i = 0
    while i < len(tokens):
        word = tokens[i].word
        joined = word.split("-") if word.count("-") == 1 else []
        if len(joined) == 2 and None not in (ends := [_day(w, short=True) for w in joined]):
            runs.append(_span(ends[0] or 0, ends[1] or 0))  # 'mon-fri' written as one word
        elif (first := _day(word, short=True)) is not None:
            ran = i + 2 < len(tokens) and tokens[i + 1].text in _RUNS
            last = _day(tokens[i + 2].word, short=True) if ran else None
            if last is not None:
                runs.append(_span(first, last))
                i += 2
            elif _day(word, short=False) is not None:
                named += 1  # 'on Saturdays': a day, but not how many of the week's days are worked
        elif word in _WHOLE_RUNS and (i == 0 or tokens[i - 1].word not in ("the", "this", "last", "next")):
            runs.append(_WHOLE_RUNS[word])  # 'on weekdays', 'at weekends': every one of them, not one weekend
        elif word in _WHOLE_RUNS:
            named += 1  # 'this weekend': one of them
        elif word in _KINDS_OF_DAY and tokens[i + 1].word.removesuffix("s") == "day":
            named += 1  # '7.5 hours a working day': which days of the week are worked is not said
        i += 1
    if not runs and not named:
        return 0 if paid or any(t.word in _WORK for t in tokens) else None  # 'earns £96 a day': how many days a week?
    return runs[0] if len(runs) == 1 and not named else 0


def wage_given(givens: Sequence[Given]) -> bool:
    """'£11 an hour': money by the hour is pay for work, whose week may not be seven days."""
    return any(is_money(m := g.quantity.measure) and m.per is not None and m.per.name == "hour" for g in givens)


def counted_week(
    tokens: list[Token], givens: Sequence[Given], calendar: dict[str, Fraction]
) -> tuple[dict[str, Fraction], int | None]:
    """``calendar`` with a week of the days the request names, and how many they are (``days_in_week``), when the
    calendar counts days in weeks; else ``calendar`` as it is and None."""
    if not {"day", "week"} <= calendar.keys():
        return calendar, None
    week = days_in_week(tokens, paid=wage_given(givens))
    if week:
        calendar = {**calendar, "week": Fraction(week), "fortnight": Fraction(2 * week)}
    return calendar, week


def uncounted(solution: Solution, by_six_days: Solution | None) -> bool:
    """Whether ``solution``, read with a week of uncounted days, changes with the week's length (``by_six_days`` is
    the same reading with a week of six): then what is missing is said, and the reading is no answer."""
    if by_six_days is not None and by_six_days.result == solution.result:
        return False
    readings.say_missing(UNCOUNTED)
    return True
