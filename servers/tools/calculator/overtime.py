"""Pay with overtime: an hourly rate, and overtime paid at "time and a half" (1.5x) or "double time" (2x).

* "I earn $18 an hour, overtime is time and a half; what's my overtime rate?" → $27 an hour.
* "$20 an hour for 40 hours plus 5 hours overtime at time and a half" → 40 × $20 + 5 × $30 = $950.
* "$16 an hour, worked 45 hours, overtime after 40 at time and a half" → 40 × $16 + 5 × $24 = $760.
* "..., overtime after 40 at double time. How much is the overtime alone?" → 5 × $40 = $200: the part asked.

Every number must be the rate, the hours, or the hours after which overtime starts; anything else (a bonus, tax,
a second rate) leaves the request to other rules or to be declined.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import has_word
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Measure, Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token

_MULTIPLIERS = (("time and a half", Fraction(3, 2)), ("time-and - a - half", Fraction(3, 2)),
                ("double time", Fraction(2)), ("double-time", Fraction(2)))  # fmt: skip
# the tokenizer keeps 'time-and' and 'double-time' as words, as it does 'x-ray'; the phrases follow its tokens
_THRESHOLD = frozenset({"after", "over", "above", "beyond", "past", "first"})
"""Words before the hours after which overtime starts: 'after 40 hours', '$18 for the first 40 hours'."""
_SPOILERS = frozenset(
    "tax taxes bonus tip tips minus unpaid break lunch holiday weekend sunday saturday night shift commission "
    "deduction deductions triple percent".split()
)

_PART_ASKS = ("alone", "only", "just", "extra", "overtime pay", "overtime earnings", "from overtime", "for overtime",
              "for the overtime", "regular pay", "base pay", "difference")  # fmt: skip


def solve_overtime(tokens: list[Token], start: int) -> Solution | None:
    """The overtime rate or the pay with overtime; None unless the request is exactly that."""
    multiplier = next((m for phrase, m in _MULTIPLIERS if has_word(tokens, start, phrase)), None)
    if multiplier is None or any(t.word in _SPOILERS for t in tokens[start:]):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    rates = [g for g in givens if _hourly(g)]
    if len(rates) != 1:
        return None
    rate = rates[0].quantity
    assert rate.measure is not None
    money = Measure(rate.measure.name, rate.measure.dimension, Fraction(1), rate.measure.symbol)
    over = Quantity(numbers.checked(rate.value * multiplier), rate.measure)
    rest = [g for g in givens if g is not rates[0]]
    if not rest:
        if not has_word(tokens, start, "rate", "hourly", "how much per hour", "how much an hour", "how much is that"):
            return None  # the rate alone answers only a question about a rate
        steps = [f"{show(rate, exact=True)} × {numbers.format_number(multiplier)} = {show(over, exact=True)}"]
        return answer_for(over, "overtime rate", f"{show(rate)} * {numbers.format_number(multiplier)}", steps)
    only_overtime = len(rest) == 1 and _marked(rest[0]) and _in_hours(rest[0]) and not _rated(rest[0])
    only_overtime = only_overtime and not any(t.word in _PERIODS for t in tokens[start:])  # '6 hours a week'
    hours = (Fraction(0), Fraction(rest[0].quantity.value)) if only_overtime else _hours(rest)
    if hours is None or not _one_week(tokens, start, rest):
        return None  # ('6 hours of overtime' alone: no regular hours, so the pay asked is the overtime's)
    regular, extra = hours
    base = Quantity(numbers.checked(rate.value * regular), money)
    bonus = Quantity(numbers.checked(over.value * extra), money)
    total = Quantity(numbers.checked(base.value + bonus.value), money)
    asked = question_words(tokens, start)
    if asked and asked[0] in _ASKING and set(asked) & _NOT_PAY:
        return None  # 'what's the overtime rate?', 'how many overtime hours?': a rate or hours, never the pay
    if only_overtime or _overtime_asked(asked):  # 'How much is the overtime (alone)?': that part of the pay
        step = f"{numbers.format_number(extra)} overtime hours × {show(over, exact=True)} = {show(bonus, exact=True)}"
        expression = f"{numbers.format_number(extra)} * {show(over)}"
        solution = answer_for(bonus, "overtime pay", expression, [step], suffix=" for the overtime")
        solution.notes.append(f"overtime is paid at {numbers.format_number(multiplier)} times the hourly rate")
        return solution
    if any(has_phrase(asked, part) for part in _PART_ASKS) or not asked and has_word(tokens, start, *_PART_ASKS):
        return None  # 'what's the regular pay', 'the difference': another part of the pay than this reads
    steps = [
        f"{numbers.format_number(regular)} hours × {show(rate, exact=True)} = {show(base, exact=True)}",
        f"{numbers.format_number(extra)} overtime hours × {show(over, exact=True)} = {show(bonus, exact=True)}",
        f"{show(base, exact=True)} + {show(bonus, exact=True)} = {show(total, exact=True)}",
    ]
    expression = f"{numbers.format_number(regular)} * {show(rate)} + {numbers.format_number(extra)} * {show(over)}"
    if not extra:  # the hours worked never reach the threshold: every hour is at the regular rate
        steps[1:] = [f"{numbers.format_number(regular)} hours do not pass the overtime threshold: no overtime"]
        expression = f"{numbers.format_number(regular)} * {show(rate)}"
    solution = answer_for(total, "pay with overtime", expression, steps, suffix=" in total")
    solution.notes.append(f"overtime is paid at {numbers.format_number(multiplier)} times the hourly rate")
    return solution


_ASKING = frozenset("how what what's whats".split())
_WITH = frozenset("with including incl inc plus and".split())
_OTHER_PARTS = frozenset("regular base normal basic difference total".split())
_NOT_PAY = frozenset("rate hourly many long".split())


def _overtime_asked(asked: list[str]) -> bool:
    """The question (opening with 'how' or 'what') asks for the overtime itself: 'how much is the overtime', 'what's
    the overtime pay alone' — not the pay 'with overtime', nor the regular pay or a difference."""
    if not asked or asked[0] not in _ASKING or set(asked) & _OTHER_PARTS or "overtime" not in asked:
        return False
    k = asked.index("overtime")
    return asked[k - 1] not in _WITH and asked.count("overtime") == 1


def _hourly(given: Given) -> bool:
    measure = given.quantity.measure
    return is_money(measure) and measure.per is not None and measure.per.name == "hour"


def _hours(givens: list[Given]) -> tuple[Fraction, Fraction] | None:
    """(regular hours, overtime hours): the hours marked overtime apart, or the hours past a threshold."""
    if len(givens) != 2:
        return None
    if any(g.quantity.percent or g.quantity.measure is not None and not _in_hours(g) for g in givens):
        return None
    marked = [g for g in givens if _marked(g) and _in_hours(g)]
    threshold = [g for g in givens if g.before[-1:] and g.before[-1] in _THRESHOLD]
    if not marked and not threshold:  # '$22 an hour for 40 hours and time and a half for overtime': the rate's hours
        threshold = [g for g in givens if g.before[-2:] in (("hour", "for"), ("hr", "for"))]
    if len(marked) == 1 and not threshold:
        other = next(g for g in givens if g is not marked[0])
        if not _in_hours(other):
            return None
        return Fraction(other.quantity.value), Fraction(marked[0].quantity.value)
    if len(threshold) == 1:
        worked = next(g for g in givens if g is not threshold[0])
        limit, total = Fraction(threshold[0].quantity.value), Fraction(worked.quantity.value)
        if not _in_hours(worked) or threshold[0].noun:
            return None
        return min(limit, total), max(total - limit, Fraction(0))  # 38 hours worked of 40 before overtime: none
    return None


def _rated(given: Given) -> bool:
    return given.quantity.measure is not None and given.quantity.measure.per is not None


def _marked(given: Given) -> bool:
    """'6 hours overtime', 'overtime 6 hours', '6 hours of overtime', '6 hrs OT', '7.5 hours at time and a half':
    the hours said to be overtime, or paid at its rate."""
    if given.after[:2] in (("at", "time"), ("at", "time-and"), ("at", "double"), ("at", "double-time")):
        return True  # '7.5 hours at time and a half': every one of them at the overtime rate
    return given.goods == "overtime" or bool({"overtime", "ot"} & set(given.after[:1] + given.before[-1:]))


def _in_hours(given: Given) -> bool:
    """Hours, or the hours of a working week ('I work 40 hours a week'): one week's hours, when every period said
    is a week (``_one_week``)."""
    measure = given.quantity.measure
    if measure is None or measure.name != "hour":
        return False
    return measure.per is None or measure.per.name == "week"


def _one_week(tokens: list[Token], start: int, givens: list[Given]) -> bool:
    """Hours said a week are the week's hours when no other period is said: the pay asked is the week's."""
    weekly = any(g.quantity.measure is not None and g.quantity.measure.per is not None for g in givens if _in_hours(g))
    return not weekly or not any(t.word in _OTHER_PERIODS for t in tokens[start:])


_OTHER_PERIODS = frozenset("day days daily month months monthly year years yearly annual annually fortnight".split())
_PERIODS = _OTHER_PERIODS | {"week", "weeks", "weekly", "fortnightly", "shift", "shifts", "every", "each"}
