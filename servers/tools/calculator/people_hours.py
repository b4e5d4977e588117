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
from servers.tools.calculator.quantities import Quantity, currency, known, lookup, show
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
    "rota rotas nearest round rounded dp decimal decimals places".split()  # rounding is read by ``rounding``
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
                k += tokens[k].word == "each"  # 'for 9 hours each': the time every one of them works
                continue
            counted = _counts_people(tokens, k)
            if counted and people is None and Fraction(t.value).denominator == 1:
                people, k = Fraction(t.value), k + counted
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
    told = start > 0 and tokens[start - 1].word in _TOLD  # 'Work out 4 stagehands for 6 hours at £15.20 an hour'
    if not (asked & _COST_ASKED or told or "total" in asked and not {"how", "many"} <= asked):
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
    if (tokens[k].word or tokens[k].text) not in _PER or tokens[k + 1].word not in ("hour", "hr", "h"):
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


def _counts_people(tokens: list[Token], at: int) -> int:
    """'14 carers', 'the 6 of us': a count of people; or 'stagehands for 6 hours', '3 sessions of 2.5 hours': any
    plural thing said with the time each takes. How many tokens the count takes ('4 extra stagehands': the number and
    'extra', which says they are more people, not more time), or 0."""
    nxt = tokens[at + 1]
    if nxt.word in _PEOPLE or nxt.word == "of" and tokens[at + 2].word in ("us", "them"):
        return 1
    if nxt.kind == "word" and nxt.word.isalpha() and nxt.word not in _SPOILERS and _paid(tokens, at + 2):
        return 2  # '6 waiting staff at £12.50 an hour', '8 fruit pickers on £11.50 an hour': a kind of worker
    width = 1 + (nxt.word in _MORE_OF_THEM)
    noun, after = tokens[at + width], tokens[at + width + 1]
    timed = after.word in _TIMED and tokens[at + width + 2].kind == "number"
    if timed and _duration_width(tokens, at + width + 2) and _plain_plural(noun):
        return width
    return 0


def _paid(tokens: list[Token], at: int) -> bool:
    """'staff at £12.50 an hour', 'pickers on £11.50/hr': a plural noun of workers, then their hourly rate."""
    noun, verb = tokens[at], tokens[at + 1]
    named = noun.word in _PEOPLE or _plain_plural(noun)
    return named and verb.word in ("at", "on") and _rate(tokens, at + 2) is not None


_MORE_OF_THEM = frozenset("extra additional more".split())
_TIMED = frozenset("for of lasting working".split())
_TOLD = frozenset("out calculate calc compute".split())


def _plain_plural(token: Token) -> bool:
    """A plain plural noun that names no unit and changes no sum: 'stagehands', 'sessions', 'lessons'."""
    word = token.word
    return (
        token.kind == "word"
        and word.isalpha()
        and word.endswith("s")
        and word not in _SPOILERS
        and word not in _TIMES
        and lookup(word, short=False) is None
    )
