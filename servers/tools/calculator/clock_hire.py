"""An hourly rate over the time between two clock times: 'party runs 2pm till 4:45pm and the entertainer charges
£40 an hour. how much will that be?' → 2.75 hours × £40 = £110; 'I worked from 9am to 5:30pm at £12 an hour, how
much did I earn?'.

The request holds exactly two clock times (each with am or pm, or in 24-hour form, so morning and night cannot be
confused), one amount of money an hour, and no other number. The first time is the start and the second the end,
on the same day. The question asks how much it costs, comes to or pays. A break, a minimum, a call-out fee, extra
or overtime hours, a deposit, a count of people or days, or a question about the time declines: the answer is never
the plain product of a span the story says is something else.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_periods import new_period_asked
from servers.tools.calculator.quantities import Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.timespans import clock_at
from servers.tools.calculator.tokens import Token

_PER_HOUR = (("an", "hour"), ("a", "hour"), ("per", "hour"), ("an", "hr"), ("per", "hr"), ("/", "hour"), ("/", "hr"),
             ("/", "h"), ("ph",), ("p/h",))  # fmt: skip
_SPOILERS = frozenset(
    "break breaks lunch unpaid minimum min plus extra overtime double except excluding without deposit fee fees "
    "tip travel callout call-out first after before every each daily weekly week weeks month months day days "
    "people person kids children guests discount off half late early delay delayed overnight next following "
    "tomorrow local ahead behind long time hours minutes both".split()
)
_ASKS = ("how much", "what will", "what does", "what's the cost", "whats the cost", "what is the cost", "cost")


def solve_clock_hire(tokens: list[Token], start: int) -> Solution | None:
    """The hourly rate times the hours from the first clock time to the second; None unless exactly that."""
    if new_period_asked(tokens, start):
        return None  # asked per another period than the story's
    times: list[int] = []
    rate: Quantity | None = None
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind == "currency" and tokens[i + 1].kind == "number" and rate is None:
            width = _per_hour(tokens, i + 2)
            if not width:
                return None  # money that is not a rate an hour: a fee, a price, a deposit
            rate = Quantity(Fraction(tokens[i + 1].value), currency(token.value))
            i += 2 + width
            continue
        if token.kind in ("clock", "number") or token.word in ("noon", "midnight", "midday"):
            found = clock_at(tokens, i)
            if found is None or found[1] is None and not _twenty_four(token):
                return None  # another number, or a time that could be morning or night
            times.append(found[0])
            i = found[2]
            continue
        if token.kind in ("date", "ordinal", "currency") or token.text == "%" or token.word in _SPOILERS:
            return None
        i += 1
    if rate is None or len(times) != 2 or times[1] <= times[0]:
        return None
    asked = question_words(tokens, start)
    if not any(has_phrase(asked, p) for p in _ASKS):
        return None
    hours = Fraction(times[1] - times[0], 60)
    cost = Quantity(numbers.checked(hours * Fraction(rate.value)), rate.measure)
    steps = [
        f"from {_clock(times[0])} to {_clock(times[1])} is {numbers.format_number(hours)} hours",
        f"{numbers.format_number(hours)} hours × {show(rate, exact=True)} an hour = {show(cost, exact=True)}",
    ]
    expression = f"{numbers.format_number(hours)} * {show(rate)}"
    solution = answer_for(cost, "hourly rate over clock times", expression, steps)
    solution.notes.append("the hours run from the first time to the second, on the same day")
    return solution


def _per_hour(tokens: list[Token], at: int) -> int:
    """How many tokens say 'an hour' (or 'per hour', '/hr') at ``at``; 0 when they do not."""
    for phrase in _PER_HOUR:
        if all(
            tokens[min(at + k, len(tokens) - 1)].word == w or tokens[at + k].text == w for k, w in enumerate(phrase)
        ):
            return len(phrase)
    return 0


def _twenty_four(token: Token) -> bool:
    """'22:50', '06:15': a time only a 24-hour clock writes."""
    return token.kind == "clock" and (token.text.startswith("0") or token.value[0] >= 13)


def _clock(minutes: int) -> str:
    hour, minute = divmod(minutes, 60)
    return f"{(hour - 1) % 12 + 1}:{minute:02d} {'am' if hour < 12 else 'pm'}"
