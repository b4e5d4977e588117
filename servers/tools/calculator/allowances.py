"""An amount of money said without a currency, paid or put by every so often, over a stretch of time: 'Rent is 1450
a month. How much is that for a whole year?', 'If I save 250 every month for a year and a half, how much will I
have put away?'.

With a currency sign the rate readers take these ('$250 a month for 3 years'); without one, a plain number is money
only where the words before it say so: a verb of paying or saving ('I pay 45 a week', 'save 250 every month') or a
noun of a regular payment ('rent is 1450 a month'). The stretch is the one time given after 'for', 'over' or 'in',
or one unit of it asked in the question ('for a year', 'a year'). The calendar is the one the rate readers count in
(12 months or 52 weeks to a year; weeks against months are asked about). A second amount, a percentage, or words
that make the payments change ('interest', 'more', 'every other') decline the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.prices import calendar_count
from servers.tools.calculator.quantities import Measure, Quantity, convert, lookup, show
from servers.tools.calculator.solution import Solution, to_the_cent
from servers.tools.calculator.stories import has_phrase, question_words, words_outside
from servers.tools.calculator.tokens import Token

_PAYING = frozenset(
    "pay pays paying paid save saves saving saved put puts putting set sets setting aside away deposit deposits "
    "depositing deposited spend spends spending spent earn earns earning make makes charge charges costs cost is are "
    "comes runs".split()
)
_PAYMENTS = frozenset(
    "rent allowance salary wage wages subscription membership mortgage bill bills fee fees premium contract plan "
    "insurance tuition lease money".split()
)
_EVERY = frozenset("a an per every each".split())
_SPANS = frozenset("day week fortnight month year".split())
_SPOILERS = frozenset(
    "interest rate increase increases raise rises more less extra other twice double half left tax after except "
    "first last bonus plus minus discount".split()
)


def solve_allowance(tokens: list[Token], start: int) -> Solution | None:
    """A plain amount per period times a stretch of time; None when the request is not exactly that."""
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    if not 1 <= len(givens) <= 2 or set(_words(tokens, start, givens)) & _SPOILERS:
        return None
    asked = question_words(tokens, start)
    if not (has_phrase(asked, "how much") or "total" in asked or "what" in asked or "what's" in asked):
        return None
    amount = givens[0]
    per = _per_period(tokens, amount)
    if per is None or not set(amount.before) & (_PAYING | _PAYMENTS):
        return None
    extent = _extent(givens[1]) if len(givens) == 2 else _asked_span(asked)
    if extent is None:
        return None
    assert extent.measure is not None
    counted = calendar_count(extent, per)  # a ToolInputError for weeks against months: asked about, not guessed
    count, note = (convert(extent.value, extent.measure, per), "") if counted is None else counted
    total = numbers.checked(Fraction(amount.quantity.value) * Fraction(count))
    each = numbers.format_number(amount.quantity.value)
    steps = [f"{each} per {per.name} × {show(extent, exact=True)} = {numbers.format_number(total)}"]
    solution = Solution(numbers.format_number(total), total, "amount per period", f"{each} * {show(extent)}", steps)
    if note:
        solution.notes.append(note)
    return to_the_cent(solution, total)


def _words(tokens: list[Token], start: int, givens: list[Given]) -> list[str]:
    """The words outside the givens, less an 'after' right before the stretch ('after 18 months' is when)."""
    words = words_outside(tokens, start, givens)
    if len(givens) == 2 and tokens[givens[1].start - 1].word == "after" and "after" in words:
        words.remove("after")  # not in them when it is a given's own word ('after two years': the number's)
    return words


def _per_period(tokens: list[Token], g: Given) -> Measure | None:
    """'1450 a month', '250 every month': the period a plain amount is per, said right after it."""
    q = g.quantity
    if q.measure is not None or q.percent or q.value <= 0:
        return None
    at = g.start + 1 + (tokens[g.start + 1].word in ("aside", "away", "by"))  # 'put 250 aside every month'
    if at + 1 >= len(tokens):  # '250' ends the request: no period follows it
        return None
    every, span = tokens[at], tokens[at + 1]
    if every.word not in _EVERY or span.word not in _SPANS:
        return None
    return lookup(span.word, short=False)


def _extent(g: Given) -> Quantity | None:
    measure = g.quantity.measure
    if measure is None or measure.dimension != "time" or measure.per is not None or g.quantity.value <= 0:
        return None
    return g.quantity if g.before[-1:] in (("for",), ("over",), ("in",), ("after",)) else None


def _asked_span(asked: list[str]) -> Quantity | None:
    """'for a whole year', 'over a year', 'a year': one of a period, asked in the question."""
    for k, word in enumerate(asked[:-1]):
        if word in ("a", "an") and asked[k + 1] in _SPANS and (k == 0 or asked[k - 1] in ("for", "over", "in", "that")):
            return Quantity(1, lookup(asked[k + 1], short=False))
    return None
