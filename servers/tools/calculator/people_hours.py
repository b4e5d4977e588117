"""Hours worked by a group for a stretch of time, and what they cost: 'How many staff hours is 14 carers on 7.5-hour
shifts' → 14 × 7.5 = 105 hours; '8 people in a 90 minute meeting, average pay £45 an hour each. What did the meeting
cost in wages?' → 8 × 1.5 h × £45 = £540.

The request gives one count of people ('14 carers', '8 people', 'the 6 of us'), one length of time each of them
spends ('7.5-hour shifts', 'a 90 minute meeting', 'for 3 hours') and, for a cost, one hourly rate each of them is
paid ('£45 an hour each', 'average pay £45 an hour'). Without a rate the question asks the hours ('how many staff
hours'); with one, what it cost. Any other number, a second rate, a break or a word that changes the sum ('overtime',
'except', 'half', 'split') declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.padding import request_window
from servers.tools.calculator.quantities import Quantity, currency, known, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_PEOPLE = frozenset(
    "people staff carers workers employees nurses attendees volunteers cleaners drivers colleagues guards "
    "teachers doctors engineers developers consultants builders labourers helpers stewards waiters".split()
)
_TIMES = {word: Fraction(1) for word in ("hour", "hours", "hr", "hrs")} | {
    word: Fraction(1, 60) for word in ("minute", "minutes", "min", "mins")
}
_PER = frozenset({"a", "an", "per", "/"})
_SPOILERS = frozenset(  # 'each' of the rate is read with it: said again, it asks one person's share
    "overtime break breaks lunch unpaid except half split share shared between among plus minus extra more less "
    "than each every per head discount tax vat tip percent percentage not no only instead already left remaining "
    "bonus double triple day days daily week weeks weekly fortnight month months monthly year years annual "
    "rota rotas".split()
)
_HOURS_ASKED = frozenset({"hours", "hrs"})
_COST_ASKED = frozenset("cost costs wages wage pay much spend spent bill".split())


def solve_people_hours(tokens: list[Token], start: int) -> Solution | None:
    """A group's hours, or their cost at an hourly rate each; None unless the request is exactly that."""
    window = request_window(tokens, start, 50)  # padded: look ahead without running off the request
    if window is None:
        return None
    tokens, end = window
    people: Fraction | None = None
    duration: Fraction | None = None
    rate: tuple[Fraction, str] | None = None
    k = start
    while k < end:
        t = tokens[k]
        if t.kind == "currency":
            read = _rate(tokens, k)
            if read is None or rate is not None:
                return None
            rate, k = (read[0], read[1]), read[2]
            continue
        if t.kind == "number":
            if t.value <= 0 or tokens[k + 1].text == "%":
                return None
            width = _duration_width(tokens, k)
            if width and duration is None:
                duration = Fraction(t.value) * _TIMES[tokens[k + width - 1].word]
                k += width
                continue
            if _counts_people(tokens, k) and people is None and Fraction(t.value).denominator == 1:
                people, k = Fraction(t.value), k + 1
                continue
            return None
        if t.kind not in ("word", "symbol") or t.word in _SPOILERS:
            return None
        k += 1
    if people is None or duration is None:
        return None
    asked = {t.word for t in tokens[start:end]}
    hours = numbers.checked(people * duration)
    shown_hours = (
        f"{numbers.format_number(people)} × {numbers.format_number(duration)} h = {numbers.format_number(hours)} h"
    )
    if rate is None:
        if not asked & _HOURS_ASKED or not {"how", "many"} <= asked:
            return None
        solution = answer_for(Quantity(hours, known("hour")), "hours worked by a group", shown_hours, [shown_hours])
        solution.notes.append("every one of them works the whole of the time given")
        return solution
    if not asked & _COST_ASKED:
        return None
    money = currency(rate[1])
    cost = numbers.checked(hours * rate[0])
    each = show(Quantity(rate[0], money), exact=True)
    steps = [
        shown_hours,
        f"{numbers.format_number(hours)} h × {each} an hour = {show(Quantity(cost, money), exact=True)}",
    ]
    expression = f"{numbers.format_number(people)} * {numbers.format_number(duration)} * {each}"
    solution = answer_for(Quantity(cost, money), "cost of a group's hours", expression, steps)
    solution.notes.append("each of them is paid the hourly rate for the whole of the time given")
    return solution


def _rate(tokens: list[Token], at: int) -> tuple[Fraction, str, int] | None:
    """'£45 an hour', '£45 an hour each', '$30 per hour': an hourly rate and where its words end."""
    number = tokens[at + 1]
    if number.kind != "number" or not number.attached:
        return None
    k = at + 2
    if tokens[k].word not in _PER or tokens[k + 1].word not in ("hour", "hr"):
        return None
    k += 2
    if tokens[k].word == "each":
        k += 1
    return Fraction(number.value), tokens[at].value, k


def _duration_width(tokens: list[Token], at: int) -> int:
    """'90 minute', '7.5-hour', '3 hours': how many tokens the length of time takes, or 0."""
    nxt = tokens[at + 1]
    if nxt.word in _TIMES:
        return 2
    if nxt.text == "-" and nxt.attached and tokens[at + 2].word in _TIMES and tokens[at + 2].attached:
        return 3
    return 0


def _counts_people(tokens: list[Token], at: int) -> bool:
    """'14 carers', 'the 6 of us': a count of people."""
    nxt = tokens[at + 1]
    return nxt.word in _PEOPLE or nxt.word == "of" and tokens[at + 2].word in ("us", "them")
