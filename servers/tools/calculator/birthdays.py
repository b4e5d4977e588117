"""An age on a date, from a date of birth: 'My grandad was born on 14 March 1958. How old will he be on 3 December
2026?' → 68 (his 68th birthday, 14 March 2026, has passed by 3 December 2026).

The request holds exactly two full dates (day, month and year; no other number): the birth date, after 'born', and
the date the age is asked on. The age is the whole years between them: the difference of the years, one less when
the later date comes before that year's birthday. Someone born on 29 February has a birthday only in leap years; in
other years it is taken to be 1 March, and the answer says so. A second birth date (who is older), an age asked in
months or days, or a date without its year declines.
"""

from __future__ import annotations

import datetime

from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.timespans import date_at
from servers.tools.calculator.tokens import Token

_SPOILERS = frozenset(
    "months month days day weeks week hours difference older younger oldest youngest combined together total sum "
    "between gap half twice plus minus".split()
)
_ASKED = (("how", "old"), ("what", "age"), ("age",), ("turn",), ("turned",), ("turning",))


def solve_birthday_age(tokens: list[Token], start: int) -> Solution | None:
    """The age in whole years on a date of someone born on another; None unless the request is exactly that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if words.count("born") != 1 or _SPOILERS & set(words):
        return None
    dates: list[tuple[datetime.date, int]] = []
    i = start
    while tokens[i].kind != "end":
        if tokens[i].kind in ("number", "date", "clock", "ordinal", "currency") or tokens[i].word in _MONTH_WORDS:
            found = date_at(tokens, i)
            if found is None:
                return None  # a number that is not part of a date: the reading would leave it out
            endpoint, after = found
            year, month, day = endpoint.day
            if year is None:
                return None
            try:
                dates.append((datetime.date(year, month, day), i))
            except ValueError:
                return None
            i = after
            continue
        i += 1
    if len(dates) != 2:
        return None
    born_at = next(k for k in range(start, len(tokens)) if tokens[k].word == "born")
    (birth, birth_at), (on, _) = dates
    if birth_at < born_at or not _asks_age(question_words(tokens, start)) or on < birth:
        return None
    return _age(birth, on)


_MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun jul "
    "aug sep sept oct nov dec".split()
)


def _asks_age(question: list[str]) -> bool:
    return any(question[k : k + len(p)] == list(p) for p in _ASKED for k in range(len(question)))


def _age(birth: datetime.date, on: datetime.date) -> Solution:
    leapling = (birth.month, birth.day) == (2, 29)
    birthday = (birth.month, birth.day)
    if leapling and not _leap(on.year):
        birthday = (3, 1)  # no 29 February that year: the birthday is taken to fall on 1 March
    age = on.year - birth.year - (1 if (on.month, on.day) < birthday else 0)
    steps = [f"{on.year} − {birth.year} = {on.year - birth.year}"]
    if (on.month, on.day) < birthday:
        steps.append(f"{_show(on)} is before that year's birthday, so one less: {age}")
    else:
        steps.append(f"{_show(on)} is on or after that year's birthday: {age}")
    solution = Solution(
        f"{age} years old", age, "age on a date", f"from {_show(birth)} to {_show(on)}", steps, unit="years"
    )
    solution.notes.append("an age counts the whole years since the date of birth")
    if leapling:
        solution.notes.append("born on 29 February: in a year with no 29 February the birthday is taken as 1 March")
    return solution


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _show(day: datetime.date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"
