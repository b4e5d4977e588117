"""A share of a regular income put by each period, added up over a span: 'My pension is £1,840 a month. If I set aside
12% of it every month, how much will I have put by after a year?' → 12% of £1,840 × 12 months = £2,649.60.

The story gives one amount of money a period ('£1,840 a month', 'my £2,000 monthly salary') and one percentage of
it that is saved ('save 10% of it', 'set aside 12% of it', 'put away 15%'); the question asks what is saved over a
span: a period said in words ('after a year', 'in a year', 'a year') or a number of them ('after 18 months'). The
span is counted in the calendar of the amount's period (12 months or 52 weeks a year). Interest, a second amount or
percentage, spending, a rise, or a span in a calendar the period is not in declines the reading: nothing grows here.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Measure, Quantity, is_money, show
from servers.tools.calculator.rate_sums import asked_period, calendar_for
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_start
from servers.tools.calculator.tokens import Token

_SAVING = ("save", "saves", "saving", "set aside", "sets aside", "setting aside", "put aside", "puts aside",
           "put away", "puts away", "putting away", "put by", "puts by", "stash", "stashes")  # fmt: skip
_SPOILERS = frozenset(
    "interest compound compounded invest invested investing grow grows growth rise rises raise increase increases "
    "spend spends spent spending left remaining rest tax taxed net after-tax than more less except plus minus "
    "bonus each".split()
)
_SAVED_ASKED = ("have", "save", "saved", "put", "aside", "away", "by", "total", "altogether", "saving", "savings")


def solve_saved_share(tokens: list[Token], start: int) -> Solution | None:
    """What a percentage of a regular amount adds up to over the span asked; None when the request is not that."""
    givens = givens_or_none(tokens, start)
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if givens is None or not any(has_phrase(words, p) for p in _SAVING) or set(words) & _SPOILERS:
        return None
    ask = question_start(tokens, start)
    asked = [t.word for t in tokens[ask:] if t.kind == "word"]
    if ask == start or not (has_phrase(asked, "how much") and set(asked) & set(_SAVED_ASKED)):
        return None
    story = [g for g in givens if g.start < ask]
    spans = [g for g in givens if g.start >= ask]
    amounts = [g for g in story if _money_rate(g)]
    shares = [g for g in story if g.quantity.percent]
    if len(amounts) != 1 or len(shares) != 1 or len(story) != 2 or len(spans) > 1:
        return None
    amount, share = amounts[0], shares[0]
    measure = amount.quantity.measure
    assert measure is not None and measure.per is not None
    per = measure.per.name
    periods = _span(spans[0], per) if spans else _one_period(tokens, ask, per)
    if periods is None or periods <= 0:
        return None
    each = numbers.checked(Fraction(amount.quantity.value) * Fraction(share.quantity.value))
    total = numbers.checked(each * periods)
    money = Measure(measure.name, measure.dimension, measure.factor * measure.per.factor, measure.symbol)
    count = numbers.format_number(periods)
    percent = numbers.format_number(Fraction(share.quantity.value) * 100)
    steps = [
        f"{percent}% of {show(amount.quantity, exact=True)} = {show(Quantity(each, money), exact=True)} a {per}",
        f"{show(Quantity(each, money), exact=True)} × {count} {per}s = {show(Quantity(total, money), exact=True)}",
    ]
    solution = answer_for(
        Quantity(total, money), "share saved", f"{percent}% * {amount.quantity.value} * {count}", steps
    )
    solution.notes.append(f"the same share of the same amount every {per}, with no interest")
    return solution


def _money_rate(g: Given) -> bool:
    m = g.quantity.measure
    return is_money(m) and m.per is not None and m.per.dimension == "time"


def _span(given: Given, per: str) -> Fraction | None:
    """'after 18 months', 'over 2 years': the span asked, in periods of the amount."""
    m = given.quantity.measure
    if m is None or m.dimension != "time" or m.per is not None or given.before[-1:] not in _SPAN_WORDS:
        return None
    calendar = calendar_for(per, m.name)
    return None if calendar is None else Fraction(given.quantity.value) * calendar[m.name] / calendar[per]


_SPAN_WORDS = (("after",), ("in",), ("over",), ("for",), ("within",))


def _one_period(tokens: list[Token], ask: int, per: str) -> Fraction | None:
    """'after a year', 'a year': one period said in words, in periods of the amount."""
    asked = asked_period(tokens, ask)
    calendar = calendar_for(per, asked) if asked is not None else None
    return None if calendar is None or asked is None else calendar[asked] / calendar[per]
