"""An amount by one period asked by another, named by its adjective: 'the yearly rent for £925 a month' → £925 × 12 =
£11,100; 'the monthly cost of our $1,440-a-year software plan' → $1,440 ÷ 12 = $120; 'my weekly pay on £31,200 a
year' → £600.

The request is the asked period's adjective ('yearly', 'annual', 'monthly', 'weekly', 'daily', 'quarterly'), a
noun or two for the amount ('rent', 'cost', 'software plan'), 'for', 'of' or 'on', and one amount of money by one
period ('£925 a month', '$1,440-a-year', '£31,200 per year'), perhaps with a few words naming what it is for. The
calendar is the one the other rate readers count by: 12 months or 4 quarters to a year, 52 weeks or 26 fortnights
to a year; months against weeks vary, and days may be working days or not, so both are declined. Anything else in
the request (a second amount, a percentage, a share) declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.padding import padded
from servers.tools.calculator.quantities import Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for, to_the_cent
from servers.tools.calculator.tokens import Token

_ADJECTIVES = {"yearly": "year", "annual": "year", "annually": "year", "monthly": "month", "weekly": "week",
               "quarterly": "quarter", "fortnightly": "fortnight"}  # fmt: skip
_PERIODS = {"year": "year", "yr": "year", "annum": "year", "month": "month", "mo": "month", "week": "week",
            "wk": "week", "quarter": "quarter", "fortnight": "fortnight"}  # fmt: skip
_CALENDARS: tuple[dict[str, int], ...] = (
    {"month": 1, "quarter": 3, "year": 12},
    {"week": 1, "fortnight": 2, "year": 52},
)
"""Days are not read: a 'daily rate' of a weekly wage may be by the working day or by the day of the week."""
_OWNERS = frozenset("the my our his her their your a an".split())
_NOUNS = frozenset(
    "rent cost costs bill pay salary wage wages income price fee fees charge subscription spend spending amount "
    "payment payments budget equivalent figure total rate earnings".split()
)
_NAMING_MAX = 3
_STOPS = frozenset(
    "and plus or minus less each per every share split between after before off tax vat percent more than with "
    "without not including excluding".split()
)


def solve_period_cost(tokens: list[Token], start: int) -> Solution | None:
    """The amount by the period asked, from one amount by another period; None for anything else."""
    tokens = padded(tokens)  # look ahead of any token without running off the request
    at = start
    while tokens[at].word in _OWNERS:
        at += 1
    asked = _ADJECTIVES.get(tokens[at].word)
    if asked is None:
        return None
    at += 1
    named = 0
    while tokens[at].kind == "word" and tokens[at].word not in ("for", "of", "on") and named < 2:
        if tokens[at].word not in _NOUNS:
            return None
        named, at = named + 1, at + 1
    if not named or tokens[at].word not in ("for", "of", "on"):
        return None
    at += 1
    while tokens[at].word in _OWNERS:
        at += 1
    read = _rate(tokens, at)
    if read is None:
        return None
    code, amount, given, at = read
    naming = 0
    while tokens[at].kind == "word" and tokens[at].word not in _STOPS and naming < _NAMING_MAX:
        naming, at = naming + 1, at + 1  # 'software plan', 'on the flat'
    if tokens[at].kind != "end" or given == asked:
        return None
    calendar = next((c for c in _CALENDARS if given in c and asked in c), None)
    if calendar is None:
        return None  # months against weeks or days: they vary
    factor = Fraction(calendar[asked], calendar[given])
    money = currency(code)
    value = numbers.checked(amount * factor)
    shown, result = show(Quantity(amount, money), exact=True), show(Quantity(value, money), exact=True)
    if factor.denominator == 1:
        step = f"{shown} a {given} × {factor} {given}s a {asked} = {result}"
        expression = f"{shown} * {factor}"
    else:
        step = f"{shown} a {given} ÷ {factor.denominator} {asked}s a {given} = {result}"
        expression = f"{shown} / {factor.denominator}"
    solution = answer_for(Quantity(value, money), "amount by another period", expression, [step], suffix=f" a {asked}")
    solution.notes.append(_counted(calendar, given, asked))
    return to_the_cent(solution, value, f" a {asked}") if solution.exact is None else solution


def _rate(tokens: list[Token], at: int) -> tuple[str, Fraction, str, int] | None:
    """'£925 a month', '$1,440-a-year', '£925/month', '£925 per month', '£925 monthly'."""
    sign, number = tokens[at], tokens[at + 1]
    if sign.kind != "currency" or number.kind != "number" or not number.attached:
        return None
    at += 2
    if tokens[at].text == "-" and tokens[at].attached:
        at += 1
    if tokens[at].word in _ADJECTIVES:
        return sign.value, Fraction(number.value), _ADJECTIVES[tokens[at].word], at + 1
    if tokens[at].word not in ("a", "per", "an") and tokens[at].text != "/":
        return None
    at += 1
    if tokens[at].text == "-" and tokens[at].attached:
        at += 1
    period = _PERIODS.get(tokens[at].word)
    if period is None:
        return None
    return sign.value, Fraction(number.value), period, at + 1


def _counted(calendar: dict[str, int], given: str, asked: str) -> str:
    big, small = (given, asked) if calendar[given] > calendar[asked] else (asked, given)
    return f"a {big} is counted as {calendar[big] // calendar[small]} {small}s"
