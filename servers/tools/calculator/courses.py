"""A course of doses: how much is taken in all over a stretch of days.

* "Patient is on 5 ml three times a day for 14 days. How many ml in total?" → 5 ml × 3 a day × 14 days = 210 ml
* "Mum takes 2 tablets in the morning and 1 at night. How many tablets for four weeks?" → 3 a day × 28 days = 84

The doses: an amount (a count of tablets, or a mass or volume) with how often it is taken ('three times a day',
'twice daily', 'every 8 hours', 'a day') or when in the day ('in the morning', 'at night', 'each evening': once a
day); a later dose may leave its noun unsaid ('and 1 at night'). The course: one stretch of days or weeks ('for 14
days', 'over four weeks', 'for a fortnight'). The question asks how many of what the doses count ('how many
tablets', 'how many ml', 'how much ... in total'). Any other number, a supply that lasts ('the box has 84'), a
share between people, a change of dose over the course, a month (of no fixed length) or doses of different kinds
decline the reading. (How long a supply lasts at a dose is ``supplies``.)
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.numbers import Real
from servers.tools.calculator.quantities import Measure, Quantity, convert, lookup, plural, show, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.supplies import SPOILERS, how_often, per_period
from servers.tools.calculator.tokens import Token

_SLOTS = frozenset(
    "morning evening night bedtime lunch lunchtime noon midday breakfast dinner supper teatime".split()
)  # a time of day: a dose said at one is taken once a day
_SLOT_LEADS = frozenset("in at each every with".split())
_DAYS = {"day": Fraction(1), "week": Fraction(7), "fortnight": Fraction(14)}
_A_DAY = {"hour": Fraction(24), "day": Fraction(1), "week": Fraction(1, 7)}  # times a period, said a day
_FILLERS = frozenset("a an the per each every times time and or in at of for to on is are was it with".split())
_DECLINES = SPOILERS | frozenset("last lasts box boxes pack packs bottle bottles other alternate first".split())
"""Besides the supply reader's spoilers: a supply or its container, every other day, a first stretch at a dose."""


@dataclass(frozen=True, slots=True)
class _Dose:
    value: Fraction
    measure: Measure | None  # a mass or volume; None for a count
    noun: str  # what a count counts ('tablet'); '' when unsaid
    a_day: Fraction  # times it is taken a day
    said: str  # how often, as written in the working ('3 a day')


def solve_course(tokens: list[Token], start: int) -> Solution | None:
    """The whole amount a course of doses takes; None when the request is not that."""
    read = _read(tokens, start)
    if read is None:
        return None
    doses, days, words = read
    if not doses or days is None or words & _DECLINES:
        return None
    first = doses[0]
    kind = first.measure or first.noun
    for dose in doses[1:]:
        if (dose.measure is None) != (first.measure is None) or first.measure is None and dose.noun not in ("", kind):
            return None  # a tablet and a ml, or tablets and capsules: not one total
        if dose.measure is not None and first.measure is not None and dose.measure.dimension != first.measure.dimension:
            return None
    asked = _asked(question_words(tokens, start), first)
    if asked is None:
        return None
    daily = [(_in(dose, asked), dose) for dose in doses]
    per_day = sum((value * dose.a_day for value, dose in daily), Fraction(0))
    total = numbers.checked(per_day * days)
    label = _label(asked, first.noun)

    def said(value: Real) -> str:
        return f"{numbers.format_number(value)}{_label(asked, first.noun, value)}"

    steps = [f"{said(value)} × {dose.said} = {said(value * dose.a_day)} a day" for value, dose in daily]
    if len(daily) > 1:
        parts = " + ".join(numbers.format_number(value * dose.a_day) for value, dose in daily)
        steps.append(f"{parts} = {said(per_day)} a day")
    steps.append(f"{said(per_day)} a day × {numbers.format_number(days)} days = {said(total)}")
    answer = show(Quantity(total, asked)) if isinstance(asked, Measure) else said(total)
    expression = f"{numbers.format_number(per_day)} * {numbers.format_number(days)}"
    return Solution(answer, total, "course of doses", expression, steps, label.strip() or None)


def _read(tokens: list[Token], start: int) -> tuple[list[_Dose], Fraction | None, set[str]] | None:
    """The doses, the course in days (None when unsaid) and the words left over; None when a number is neither."""
    doses: list[_Dose] = []
    days: Fraction | None = None
    words: set[str] = set()
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind in ("currency", "date", "clock", "ordinal") or token.text in ("%", "/"):
            return None
        course = _course(tokens, i)
        if course is not None:
            if days is not None:
                return None  # two stretches: which one is the course is not said
            days, i = course
            continue
        if token.kind == "number":
            dose = _dose(tokens, i, bool(doses))
            if dose is None:
                return None
            doses.append(dose[0])
            i = dose[1]
            continue
        if token.kind == "word":
            if token.word in ("once", "twice", "thrice", "daily", "nightly") or token.word in _SLOTS:
                return None  # how often, said apart from any dose
            words.add(token.word)
        i += 1
    return doses, days, words


def _course(tokens: list[Token], i: int) -> tuple[Fraction, int] | None:
    """'for 14 days', 'over four weeks', 'for a fortnight' at ``i``: the course in days, and the index after it."""
    if tokens[i].word not in ("for", "over"):
        return None
    count = tokens[i + 1]
    if count.kind == "number" and count.value > 0:
        value = Fraction(count.value)
    elif count.word in ("a", "an", "one"):
        value = Fraction(1)
    else:
        return None
    period = singular(tokens[i + 2].word) if tokens[i + 2].kind == "word" else ""
    if period not in _DAYS:
        return None
    return value * _DAYS[period], i + 3


def _dose(tokens: list[Token], i: int, later: bool) -> tuple[_Dose, int] | None:
    """An amount and how often it is taken, at ``i``; a later dose may leave its noun unsaid ('and 1 at night')."""
    value = Fraction(tokens[i].value)
    after = tokens[i + 1]
    measure = lookup(after.text) if after.kind == "word" else None
    noun, j = "", i + 1
    if measure is not None:
        if measure.dimension not in ("mass", "volume") or measure.per is not None:
            return None  # '5 days', '30 km': not a dose
        j = i + 2
        if tokens[j].word == "of" and tokens[j + 1].kind == "word" and tokens[j + 1].word.isalpha():
            j += 2  # '5 ml of medicine': what the measure is of
    elif after.kind == "word" and after.word.isalpha() and after.word not in _FILLERS and after.word not in _SLOTS:
        noun, j = singular(after.word), i + 2
    elif not later:
        return None  # the first dose names what it counts
    often = _often(tokens, j)
    if value <= 0 or often is None:
        return None
    a_day, said, end = often
    return _Dose(value, measure, noun, a_day, said), end


def _often(tokens: list[Token], j: int) -> tuple[Fraction, str, int] | None:
    """How often a dose is taken, at ``j``: times a day, how it is said, and the index after it."""
    rate = how_often(tokens, j) or per_period(tokens, j)
    if rate is not None:
        count, period, end = rate
        if period not in _A_DAY:
            return None  # a month has no fixed number of days
        a_day = count * _A_DAY[period]
        return a_day, f"{numbers.format_number(a_day)} a day", end
    if tokens[j].word in _SLOT_LEADS:
        k = j + 1 + (tokens[j + 1].word == "the")
        if tokens[k].word in _SLOTS:
            return Fraction(1), f"once a day ({tokens[k].word})", k + 1
    return None


def _asked(asked: list[str], first: _Dose) -> Measure | str | None:
    """What the question counts: the doses' unit or noun ('how many ml', 'how many tablets', 'how much'); None when
    it asks for something else ('how many boxes', 'how many days')."""
    for k in range(len(asked) - 1):
        if asked[k] != "how" or asked[k + 1] not in ("many", "much"):
            continue
        named = asked[k + 2] if k + 2 < len(asked) else ""
        measure = lookup(named, short=True) if named else None
        if first.measure is not None and measure is not None and measure.per is None:
            return measure if measure.dimension == first.measure.dimension else None
        if first.measure is None and singular(named) == first.noun and first.noun:
            return first.noun
        if asked[k + 1] == "much" and (measure is None or first.measure is None):
            return None if measure is not None else first.measure or first.noun or None
        return None
    return None


def _in(dose: _Dose, asked: Measure | str) -> Fraction:
    """The dose's amount in the unit asked (a count is already in its own)."""
    if isinstance(asked, Measure) and dose.measure is not None:
        return Fraction(convert(dose.value, dose.measure, asked))
    return dose.value


def _label(asked: Measure | str, noun: str, value: Real | None = None) -> str:
    if isinstance(asked, Measure):
        return f" {asked.label(value)}"
    return "" if not noun else f" {noun}" if value == 1 else f" {plural(noun)}"
