"""A span between two clock times at an hourly rate: 'party runs 2pm till 4:45pm and the entertainer charges £40 an
hour. how much will that be?' → 2.75 hours × £40 = £110.

Two clock times, joined as a span ('from 9am to 5:30pm', '2pm till 4:45pm', '14:00-16:45'), and one amount of money
an hour ('£40 an hour', '$12 per hour'). The question asks how much ('how much will that be', 'what will it cost',
'how much did I earn'). Every other word must be one of the span's, the rate's or the question's, or an inert word
of the story (``inert``): a break, overtime, a second rate, a tip or any other number declines the reading (a shift
less an unpaid break is ``breaks``').
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.clock_stories import DECLINE, clock_story, quantity_at
from servers.tools.calculator.quantities import Measure, Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.timespans import clock_span
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_WORDS = frozenset(
    "from to until till through and the a an of is was runs run i we work worked working do did at charges charge "
    "charged costs cost rate for how much will would that be it what's whats what am pm earn earned get paid pay "
    "be total bill come her him them here there".split()
)
"""The span's, the rate's and the question's words; any other word must be inert."""
_BREAKS = frozenset("break breaks lunch unpaid overtime".split())


def solve_billed_hours(tokens: list[Token], start: int) -> Solution | None:
    """The hours between two clock times times the hourly rate; None when the request is not exactly that."""
    rates: list[Quantity] = []
    asked = False

    def take(i: int) -> int | None:
        nonlocal asked
        token = tokens[i]
        if token.kind in ("number", "currency"):
            read = quantity_at(tokens, i)
            if read is None:
                return DECLINE
            q, after = read
            if not is_money(q.measure) or q.measure.per is None or q.measure.per.name != "hour":
                return DECLINE  # only the rate may be a number: '£40 an hour'
            rates.append(q)
            return after
        if token.word in _BREAKS:
            return DECLINE
        asked = asked or token.word == "much" and tokens[i - 1].word == "how" or token.word == "cost" and i > start
        return None

    clocks = clock_story(tokens, start, _WORDS, take)
    if clocks is None:
        return None
    if len(clocks) != 2 or len(rates) != 1 or not asked:
        return None
    try:
        span = clock_span(clocks[0], clocks[1], "hour")
    except ToolInputError:
        return None
    if not isinstance(span.result, Fraction | int) or span.result <= 0:
        return None
    hours = Fraction(span.result)
    rate = rates[0]
    assert rate.measure is not None and rate.measure.per is not None
    per_hour = Fraction(rate.value) * rate.measure.per.factor / 3600
    money = rate.measure
    plain = Quantity(per_hour, Measure(money.name, money.dimension, money.factor, money.symbol))
    total = Quantity(numbers.checked(hours * per_hour), plain.measure)
    steps = [*span.steps, f"{numbers.format_number(hours)} hours × {show(plain)} an hour = {show(total, exact=True)}"]
    solution = answer_for(total, "hours at a rate", f"{numbers.format_number(hours)} * {show(plain)}", steps)
    solution.notes = [*span.notes, *solution.notes]
    return solution
