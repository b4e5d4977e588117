"""An amount each of a group gets, pays or gives every period, over a stretch of time: 'pocket money is £4.50 a
week each and we've got three kids. how much is that over a year (52 weeks)?' -> £702; 'three kids get £4.50 a
week each. how much is that over 52 weeks?'; 'the 4 of us pay $12 a month each for streaming. how much in total for
a year?'; '64 cows averaging 28 litres a day each. How many litres of milk is that in a week?' -> 12,544 litres.

The amount is each one's ('each' said right after its period), so the whole is the amount times the group times
the periods in the stretch — never the amount shared among the group. The stretch is the one time given after
'over', 'for' or 'in' (or in brackets after the period it names), or one period asked ('over a year'); the calendar
is the rate readers' (52 weeks to a year; weeks against months decline). The question asks the whole ('how much is
that', 'in total'); one asked each, a second amount or a change in the amount ('more', 'except', 'half') declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.prices import calendar_count
from servers.tools.calculator.quantities import Measure, Quantity, convert, is_money, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_SPOILERS = frozenset(
    "except but only more less extra bonus plus minus half twice double other oldest youngest first last left "
    "interest tax discount off per share shared split between among save saved".split()
)
_SPANS = frozenset("day week fortnight month year".split())
_OVER = frozenset("over for in across".split())
_THAT = frozenset("that it".split())  # 'how much fish is that a week': that amount, over a week


def solve_rate_each(tokens: list[Token], start: int) -> Solution | None:
    """A group's amounts each per period over a stretch, in total; None when the request is not exactly that."""
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    rates = [g for g in givens if g.quantity.measure is not None and g.quantity.measure.per is not None]
    groups = [g for g in givens if g.quantity.measure is None and not g.quantity.percent and g.noun]
    if len(rates) != 1 or len(groups) != 1 or rates[0].after[:1] != ("each",):
        return None
    rate, group = rates[0], groups[0]
    assert rate.quantity.measure is not None and rate.quantity.measure.per is not None
    period = rate.quantity.measure.per
    words = _words_outside(tokens, start, givens)
    if set(words) & _SPOILERS or "how" not in words or words.count("each") != 1:
        return None  # 'each' only after the amount: asked again in the question, it asks one share
    spans = [g for g in givens if g is not rate and g is not group]
    if len(spans) > 1 or not numbers.is_integer(group.quantity.value) or group.quantity.value < 2:
        return None
    extent = _given_span(tokens, spans[0]) if spans else _asked_span(words)
    if extent is None or extent.measure is None or period.dimension != "time":
        return None
    if not is_money(rate.quantity.measure) and _other_unit(words, rate.quantity.measure):
        return None  # 'how many gallons' of litres a day: asked in a unit the total is not worked out in
    counted = calendar_count(extent, period)  # a ToolInputError for weeks against months, asked about
    count = convert(extent.value, extent.measure, period) if counted is None else counted[0]
    people = group.quantity.value
    total = numbers.checked(Fraction(rate.quantity.value) * Fraction(people) * Fraction(count))
    whole = Quantity(total, _flat(rate))
    steps = [
        f"{show(Quantity(rate.quantity.value, _flat(rate)))} per {period.name} × {numbers.format_number(people)} "
        f"{group.noun} × {numbers.format_number(count)} {period.name}s = {show(whole)}"
    ]
    solution = answer_for(whole, "amount each per period", steps[0].split(" = ")[0], steps)
    if counted is not None:
        solution.notes.append(counted[1])
    return solution


def _other_unit(words: list[str], measure: Measure) -> bool:
    """Whether the words name a unit of the rate's kind other than its own ('gallons' of '28 litres a day')."""
    for w in words:
        named = lookup(w, short=False)
        if named is not None and named.dimension == measure.dimension and named.name != measure.name:
            return True
    return False


def _flat(g: Given) -> Measure:
    """The rate's money without its period: '£4.50 a week' is counted in pounds."""
    m = g.quantity.measure
    assert m is not None and m.per is not None
    return Measure(m.name, m.dimension, m.factor * m.per.factor, m.symbol)


def _words_outside(tokens: list[Token], start: int, givens: list[Given]) -> list[str]:
    inside = {i for g in givens for i in range(g.start, g.end)}
    return [t.word for i, t in enumerate(tokens[start:], start) if t.kind == "word" and i not in inside]


def _given_span(tokens: list[Token], g: Given) -> Quantity | None:
    """'over 52 weeks', 'for 2 years', '(52 weeks)' after 'a year': the stretch given."""
    q = g.quantity
    if q.measure is None or q.measure.dimension != "time" or q.measure.per is not None or q.value <= 0:
        return None
    before = tokens[g.start - 1]
    if before.word in _OVER:
        return q
    if before.text == "(" and tokens[g.start - 2].word in _SPANS and tokens[g.end].text == ")":
        named = lookup(tokens[g.start - 2].word, short=False)  # 'over a year (52 weeks)': the year, counted
        return q if named is not None and named.dimension == "time" else None
    return None


def _asked_span(words: list[str]) -> Quantity | None:
    """'over a year', 'for a month', 'is that a week': one of a period, asked."""
    for k in range(1, len(words) - 1):
        if words[k] in ("a", "an") and words[k + 1] in _SPANS and words[k - 1] in _OVER | _THAT:
            return Quantity(1, lookup(words[k + 1], short=False))
    return None
