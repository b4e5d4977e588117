"""How long a supply lasts at a dose taken so often: 'Mum's prescription is 2 tablets three times a day and the box
has 84. How many days will the box last?' → 84 ÷ (2 × 3 a day) = 14 days.

Two amounts: the dose, said with how often it is taken ('2 tablets three times a day', 'one pill twice daily', '6 a
day', '5 ml every 8 hours'), and the supply ('the box has 84', '90 pills', 'a 100 ml bottle'); the supply may leave
its noun unsaid when it is the dose's ('the box has 84'). The question asks how long it lasts ('how many days will
it last', 'how long will the box last'). Amounts of a measure must be of one kind (ml and ml, g and kg). Any other
number, two doses, a share between people ('each', 'both'), or a change in the dose ('then', 'after', 'double',
'missed') declines the reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Measure, convert, lookup, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_TIMES = {"once": Fraction(1), "twice": Fraction(2), "thrice": Fraction(3)}
_EVERY = frozenset({"a", "an", "per", "each", "every"})
_ADVERBS = {"daily": "day", "nightly": "day", "weekly": "week", "hourly": "hour", "monthly": "month"}
_NIGHT = frozenset({"night", "nights", "evening", "morning"})
_PERIODS = frozenset({"hour", "day", "week", "month"})
SPOILERS = frozenset(
    "each both people children kids then after before first until except weekends weekdays "
    "missed miss skip skipped extra more less half double already left remaining lost spare spares "
    "plus minus instead only but cost costs price".split()
)
"""Words that share the supply between people, change the dose over time, or take part of the supply away."""


@dataclass(frozen=True, slots=True)
class _Amount:
    value: Fraction
    measure: Measure | None
    noun: str  # what a plain count counts ('tablets'), '' when unsaid
    at: int
    end: int


def solve_supply(tokens: list[Token], start: int) -> Solution | None:
    """How long the supply lasts at the dose; None when the request is not that."""
    asked = _asked_period(question_words(tokens, start))
    if asked is None:
        return None
    read = _read(tokens, start)
    if read is None:
        return None
    amounts, doses, words = read
    if words & SPOILERS or len(amounts) != 2 or len(doses) != 1:
        return None
    if "we" in words and words & {"take", "takes", "taking", "took"}:
        return None  # 'we take one tablet each morning': one each, and how many of us is not said
    dose_at, per_period, period = doses[0]
    dose = next((a for a in amounts if a.at == dose_at), None)
    supply = next((a for a in amounts if a.at != dose_at), None)
    if dose is None or supply is None or dose.value <= 0 or per_period <= 0:
        return None
    supply_value = _in_dose_units(supply, dose)
    if supply_value is None or supply_value <= dose.value:
        return None
    periods = Fraction(numbers.checked(supply_value / (dose.value * per_period)))
    unit = asked or ("day" if period == "hour" else period)  # 'every 8 hours ... how long': told in days
    value = _converted(periods, period, unit)
    if value is None:
        return None
    label = unit if value == 1 else f"{unit}s"
    dose_text = f"{numbers.format_number(dose.value)}{_label(dose)}"
    per_text = f"{numbers.format_number(per_period)} a {period}" if per_period != 1 else f"once a {period}"
    working = f"{numbers.format_number(supply_value)} ÷ ({numbers.format_number(dose.value)} × {per_text})"
    steps = [
        f"{dose_text} × {per_text} = {numbers.format_number(dose.value * per_period)}{_label(dose)} a {period}",
        f"{numbers.format_number(supply_value)}{_label(dose)} ÷ "
        f"{numbers.format_number(dose.value * per_period)} a {period} = {numbers.format_number(value)} {label}",
    ]
    answer = f"{numbers.format_number(value)} {label}"
    whole = int(value)
    if whole != value and whole > 0:
        answer += f" ({whole} full {unit}{'s' if whole != 1 else ''} of doses)"
    return Solution(answer, value, "supply", working, steps, label)


def _asked_period(asked: list[str]) -> str | None:
    """'how many days/weeks ... last' names the unit; 'how long ... last' leaves it to the dose's (''). None when
    the question does not ask how long something lasts."""
    if "last" not in asked:
        return None
    for k in range(len(asked) - 2):
        if asked[k : k + 2] == ["how", "many"]:
            unit = singular(asked[k + 2])
            return unit if unit in _PERIODS else None
        if asked[k : k + 2] == ["how", "long"]:
            return ""
    return None


def _read(tokens: list[Token], start: int) -> tuple[list[_Amount], list[tuple[int, Fraction, str]], set[str]] | None:
    """The amounts, the doses (the amount's index, how many times a period, the period) and the other words."""
    amounts: list[_Amount] = []
    doses: list[tuple[int, Fraction, str]] = []
    words: set[str] = set()
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind in ("currency", "date", "clock", "ordinal") or token.text in ("%", "/"):
            return None
        if token.kind == "number":
            often = how_often(tokens, i)
            if often is not None:  # 'three times a day' after the dose it repeats
                if not amounts or amounts[-1].end != i:
                    return None
                doses.append((amounts[-1].at, often[0], often[1]))
                i = often[2]
                continue
            amount = _amount(tokens, i)
            if amount is None:
                return None
            amounts.append(amount)
            i = amount.end
            rate = per_period(tokens, i)
            if rate is None:
                rate = how_often(tokens, i)
            if rate is not None:  # '6 a day', '2 tablets daily', '1 tablet twice a day'
                doses.append((amount.at, rate[0], rate[1]))
                i = rate[2]
            continue
        if token.kind == "word":
            if token.word in _TIMES or token.word in _ADVERBS:
                return None  # 'twice a day' said apart from any dose
            if token.word != "each" or per_period(tokens, i) is None:
                words.add(token.word)  # 'each' of a period ('each morning') is how often, not a share
        i += 1
    return amounts, doses, words


def _amount(tokens: list[Token], i: int) -> _Amount | None:
    value = Fraction(tokens[i].value)
    after = tokens[i + 1]
    measure = lookup(after.text) if after.kind == "word" else None
    if measure is not None:
        if measure.dimension not in ("mass", "volume") or measure.per is not None:
            return None  # '5 days', '30 km': not a dose or a supply
        end = i + 2
        if tokens[end].word == "of" and tokens[end + 1].kind == "word" and tokens[end + 1].word.isalpha():
            end += 2  # '5 ml of medicine': what the measure is of
        return _Amount(value, measure, "", i, end)
    if after.kind == "word" and after.word.isalpha() and after.word not in _FILLERS:
        noun = tokens[i + 2]  # 'one vitamin tablet': the kind, then what is counted
        if _noun_word(noun) and per_period(tokens, i + 3) is not None:
            return _Amount(value, None, singular(noun.word), i, i + 3)
        return _Amount(value, None, singular(after.word), i, i + 2)
    return _Amount(value, None, "", i, i + 1)


def _noun_word(token: Token) -> bool:
    """A word that may name what a dose counts: not how often ('twice'), a period, or a joining word."""
    word = token.word
    return (
        token.kind == "word"
        and word.isalpha()
        and word not in _FILLERS
        and word not in _TIMES
        and word not in _EVERY
        and _period(token) is None
    )


_FILLERS = frozenset("a an per each every times time and or in of for to is are was it they the".split()) | frozenset(
    _ADVERBS
)


def how_often(tokens: list[Token], i: int) -> tuple[Fraction, str, int] | None:
    """'three times a day', '4 times daily', 'twice a day', 'once daily', 'every 8 hours': times a period, and the
    index after it."""
    token = tokens[i]
    if token.kind == "number" and tokens[i + 1].word in ("times", "time"):
        count, j = Fraction(token.value), i + 2
    elif token.word in _TIMES:
        count, j = _TIMES[token.word], i + 1
    elif token.word == "every" and tokens[i + 1].kind == "number":
        hours = _period(tokens[i + 2])
        if hours is None or tokens[i + 1].value <= 0:
            return None
        return Fraction(1) / Fraction(tokens[i + 1].value), hours, i + 3  # 'every 8 hours': once in 8 hours
    else:
        return None
    rate = per_period(tokens, j)
    return None if rate is None else (count * rate[0], rate[1], rate[2])


def per_period(tokens: list[Token], j: int) -> tuple[Fraction, str, int] | None:
    """'a day', 'per week', 'each night', 'daily' at ``j``: once a period, and the index after it."""
    if tokens[j].word in _ADVERBS:
        return Fraction(1), _ADVERBS[tokens[j].word], j + 1
    if tokens[j].word in _EVERY:
        if tokens[j + 1].word in _NIGHT:
            return Fraction(1), "day", j + 2
        period = _period(tokens[j + 1])
        if period is not None:
            return Fraction(1), period, j + 2
    return None


def _period(token: Token) -> str | None:
    word = singular(token.word) if token.kind == "word" else ""
    return word if word in _PERIODS else None


def _in_dose_units(supply: _Amount, dose: _Amount) -> Fraction | None:
    """The supply counted in the dose's unit; None when they count different things."""
    if (supply.measure is None) != (dose.measure is None):
        return None
    if supply.measure is not None and dose.measure is not None:
        if supply.measure.dimension != dose.measure.dimension:
            return None
        return Fraction(convert(supply.value, supply.measure, dose.measure))
    if supply.noun and dose.noun and supply.noun != dose.noun:
        return None
    return supply.value


_DAYS = {"hour": Fraction(1, 24), "day": Fraction(1), "week": Fraction(7)}


def _converted(periods: Fraction, period: str, unit: str) -> Fraction | None:
    """``periods`` of ``period`` in ``unit``: hours, days and weeks convert; a month only to itself."""
    if period == unit:
        return periods
    if period in _DAYS and unit in _DAYS:
        return periods * _DAYS[period] / _DAYS[unit]
    return None


def _label(amount: _Amount) -> str:
    if amount.measure is not None:
        return f" {amount.measure.symbol or amount.measure.name}"
    return f" {amount.noun}" if amount.noun else ""
