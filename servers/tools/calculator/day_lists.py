"""The average of amounts listed day by day, with the days a shop was shut left out when the question asks per day
open: 'takings this week: mon 412.50, tue 388, wed 501.25, thurs closed, fri 620. average per day we were OPEN?' →
1,921.75 ÷ 4 = 480.44.

The list is days of the week, each with one amount ('mon 412.50', 'Tuesday £388') or said to be closed ('thurs
closed', 'sat shut'), after at most a short name for the list ('takings this week:'). The question asks for the
average (or mean) per day, or the total. A closed day counts in neither; an average over days with a closed day
among them must say it is per day open, since an average over the whole week would count it as nothing. A day
said twice, a number with no day, or any other word declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Quantity, currency
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_DAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "weds": 2, "wednesday": 2, "thu": 3,
    "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4, "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}  # fmt: skip
_CLOSED = frozenset("closed shut off".split())
_ASKED = frozenset(
    "what what's whats is was the our average mean per day daily a we were it open opened trading for of total "
    "takings sales".split()
)
_SEPARATORS = frozenset({",", ";", ".", "and"})
_MAX_LABEL = 5


def solve_day_list(tokens: list[Token], start: int) -> Solution | None:
    """The average (or total) of amounts listed by day; None unless the request is exactly that."""
    ask = question_start(tokens, start)
    asked = {t.word for t in tokens[ask:-1] if t.kind == "word"}
    if any(t.kind == "word" and t.word not in _ASKED for t in tokens[ask:-1]):
        return None
    mean = bool(asked & {"average", "mean"})
    if mean == ("total" in asked):
        return None
    found = _days(tokens, start, ask)
    if found is None:
        return None
    amounts, closed = found
    if len(amounts) < 2 or closed and mean and "open" not in asked:
        return None  # an average over the week with a shut day could count it as nothing: per day open says not
    codes = {q.measure for q in amounts if q.measure is not None}
    if len(codes) > 1:
        return None
    measure = codes.pop() if codes else None
    total = sum((Fraction(q.value) for q in amounts), Fraction(0))
    n = len(amounts)
    shown = " + ".join(numbers.format_number(q.value) for q in amounts)
    steps = [f"{shown} = {numbers.format_number(total)} over {n} days"]
    if not mean:
        return answer_for(Quantity(total, measure), "total of a list of days", shown, steps)
    average = numbers.checked(total / n)
    steps.append(f"{numbers.format_number(total)} ÷ {n} = {numbers.format_number(average)}")
    solution = answer_for(Quantity(average, measure), "average per day", f"({shown}) / {n}", steps)
    if measure is None:
        solution.answer = numbers.format_number(numbers.round_half_up(average, 2))
    if closed:
        solution.notes.append(f"the {len(closed)} closed day{'s' if len(closed) > 1 else ''} left out: per day open")
    return solution


def _days(tokens: list[Token], start: int, end: int) -> tuple[list[Quantity], list[int]] | None:
    """The amounts said for each day and the days said closed, or None when the list is anything else."""
    i = start
    while i < end and tokens[i].word not in _DAYS:  # the list's name: 'takings this week:'
        if tokens[i].kind != "word" and not (tokens[i].text == ":" and tokens[i + 1].word in _DAYS):
            return None
        if i - start >= _MAX_LABEL:
            return None
        i += 1
    amounts: list[Quantity] = []
    closed: list[int] = []
    seen: set[int] = set()
    while i < end:
        token = tokens[i]
        if token.text in _SEPARATORS or token.word in _SEPARATORS or token.text == ":":
            i += 1
            continue
        day = _DAYS.get(token.word)
        if day is None or day in seen:
            return None
        seen.add(day)
        after = tokens[i + 1]
        if after.word in _CLOSED:
            closed.append(day)
            i += 2
        elif after.kind == "number":
            amounts.append(Quantity(after.value))
            i += 2
        elif after.kind == "currency" and tokens[i + 2].kind == "number":
            amounts.append(Quantity(tokens[i + 2].value, currency(after.value)))
            i += 3
        else:
            return None
    return amounts, closed
