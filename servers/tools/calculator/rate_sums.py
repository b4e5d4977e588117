"""Amounts of money each paid by the same period, added and asked by another: 'Pocket money is £3.50 a week for Amy
and £5 a week for Josh. How much is that over a year (52 weeks)?' → (£3.50 + £5.00) × 52 = £442.

Every amount is money a period ('£3.50 a week', '£10.99 a month'), all in one currency and by one period; the
question asks them by one period of the same calendar ('over a year', 'a year', 'annually', 'per month'): a year
of 52 weeks or of 12 months, a week of 7 days, as the other readers count. A number of periods said in brackets
must be the one the calendar counts ('(52 weeks)'). Anything that shares, saves, takes away or compares the amounts
('each', 'save', 'less', 'more than', a percentage), a second currency or period, or a period from another calendar
(weeks asked by the month) declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Measure, Quantity, is_money, lookup, rate, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_CALENDARS: tuple[dict[str, Fraction], ...] = (
    {"day": Fraction(1), "week": Fraction(7), "fortnight": Fraction(14)},
    {"month": Fraction(1), "quarter": Fraction(3), "year": Fraction(12)},
    {"week": Fraction(1), "fortnight": Fraction(2), "year": Fraction(52)},
)
_ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day",
            "fortnightly": "fortnight", "quarterly": "quarter"}  # fmt: skip
_BEFORE_PERIOD = frozenset("a an per every each the one".split())
_SPOILERS = frozenset(
    "each per-person share shared split save saved saving saves less minus except left remaining difference more "
    "than half twice double extra off discount tax interest average between instead not no without only "
    "percent percentage".split()
)
_ASKS = frozenset("how what what's whats total altogether".split())
_INCOME = frozenset(
    "earn earns earned earning make makes made get gets got receive receives salary wage income".split()
)
_OUTGOING = frozenset("spend spends spent pay pays paid cost costs owe owes".split())
_MONEY_VERBS = _INCOME | _OUTGOING - {"salary", "wage", "income"}


def solve_rate_sum(tokens: list[Token], start: int) -> Solution | None:
    """The sum of amounts paid by one period, asked by another; None when the request is not that."""
    givens = givens_or_none(tokens, start)
    if givens is None or any(t.text == "%" or t.word in _SPOILERS for t in tokens[start:]):
        return None
    said = {t.word for t in tokens[start:]}
    if said & _INCOME and said & _OUTGOING:
        return None  # 'I earn £2,500 a month and spend £2,000 a month': money in and out, never one sum
    rates = [g for g in givens if _money_rate(g)]
    others = [g for g in givens if not _money_rate(g)]
    if len(rates) < 2 or len(others) > 1:
        return None
    money, per = _one_rate(rates)
    if money is None or per is None or _new_verb(tokens, start, rates):
        return None
    ask = question_start(tokens, start)
    if ask == start or any(g.start >= ask for g in rates) or not {t.word for t in tokens[ask:]} & _ASKS:
        return None
    asked = asked_period(tokens, ask)
    if asked is None or _one_named(tokens, ask):
        return None
    calendar = calendar_for(per.name, asked)
    if calendar is None:
        return None
    if others and not _restated(others[0], asked, calendar):
        return None
    total = sum((Fraction(g.quantity.value) for g in rates), Fraction(0))
    value = numbers.checked(total * calendar[asked] / calendar[per.name])
    period = lookup(asked, short=False)
    assert period is not None
    listed = " + ".join(show(g.quantity, exact=True) for g in rates)
    count = numbers.format_number(calendar[asked] / calendar[per.name])
    steps = [f"{listed} = {show(Quantity(total, rate(money, per)), exact=True)}"]
    if asked != per.name:
        steps.append(f"× {count} {per.name}s in a {asked} = {show(Quantity(value, rate(money, period)), exact=True)}")
    solution = answer_for(Quantity(value, rate(money, period)), "amounts added", f"({listed}) * {count}", steps)
    if asked != per.name:
        solution.notes.append(f"a {asked} is counted as {count} {per.name}s")
    return solution


def calendar_for(*periods: str) -> dict[str, Fraction] | None:
    """The reckoning that counts every one of ``periods`` ('week', 'year': 52 weeks), or None."""
    return next((c for c in _CALENDARS if set(periods) <= c.keys()), None)


def _one_named(tokens: list[Token], ask: int) -> bool:
    """Whether the question says anything but the sum by a period ('How much does Josh get a year?' names one)."""
    return any(t.kind == "word" and t.word not in _QUESTION and t.word not in _ADVERBS for t in tokens[ask:])


_QUESTION = frozenset(
    "how much is are that this it those these what what's whats do does did i we you they he she pay paid spend "
    "spent cost costs come comes to in over for a an the per every one year years month months week weeks day days "
    "fortnight fortnights quarter quarters all both together altogether total combined overall get gets make be "
    "will would of earn between".split()
)
"""The words a question for the sum by a period is made of: any other word may name one of the amounts."""


def _new_verb(tokens: list[Token], start: int, rates: list[Given]) -> bool:
    """'£2,500 a month and spend £2,000 a month': a later amount brought in by a verb of money the first was not
    ('Amy gets £3.50 ... and Josh gets £5' says the same verb again)."""
    first = {t.word for t in tokens[start : rates[0].start]} & _MONEY_VERBS
    return any(
        {t.word for t in tokens[before.end : after.start]} & _MONEY_VERBS - first
        for before, after in zip(rates, rates[1:], strict=False)
    )


def _money_rate(g: Given) -> bool:
    m = g.quantity.measure
    return is_money(m) and m.per is not None and m.per.dimension == "time"


def _one_rate(rates: list[Given]) -> tuple[Measure | None, Measure | None]:
    """The one currency and the one period every amount is paid by, or (None, None)."""
    tops = {(g.quantity.measure.name, g.quantity.measure.dimension) for g in rates if g.quantity.measure}
    pers = {g.quantity.measure.per for g in rates if g.quantity.measure is not None}
    if len(tops) != 1 or len(pers) != 1:
        return None, None
    measure = rates[0].quantity.measure
    assert measure is not None and measure.per is not None
    top = Measure(measure.name, measure.dimension, measure.factor * measure.per.factor, measure.symbol)
    return top, measure.per  # '£3.50 a week' is pounds, by the week


def asked_period(tokens: list[Token], ask: int) -> str | None:
    """The one period the question asks by: 'over a year', 'a year', 'per month', 'annually'; None for none or two."""
    found: set[str] = set()
    for k in range(ask, len(tokens) - 1):
        word = tokens[k].word
        if word in _ADVERBS:
            found.add(_ADVERBS[word])
            continue
        unit = lookup(word, short=False) if tokens[k].kind == "word" else None
        if unit is not None and unit.dimension == "time" and unit.per is None and tokens[k - 1].word in _BEFORE_PERIOD:
            found.add(unit.name)
    return next(iter(found)) if len(found) == 1 else None


def _restated(given: Given, asked: str, calendar: dict[str, Fraction]) -> bool:
    """'(52 weeks)' after 'over a year': the number of periods the calendar counts in the period asked, restated."""
    m = given.quantity.measure
    if m is None or m.dimension != "time" or m.per is not None or m.name not in calendar:
        return False
    return Fraction(given.quantity.value) * calendar[m.name] == calendar[asked]
