"""A count at a rate, said again over another stretch of time: 'our API gets 1,200 requests a minute, how many is that
per day' → 1,728,000 requests per day.

One number and nothing else: a count of named things over a stretch of time ('1,200 requests a minute'), said of a
machine that runs around the clock ('our API gets', 'the server handles'); people and shops keep hours, and a count
said of them is not taken as steady. The question asks how many over another stretch
('per day', 'a week', 'daily'). Only stretches with a fixed length in each other are converted — seconds, minutes,
hours, days and weeks among themselves, months and years among themselves: a day's count over a month or a year
depends on the calendar, and declines. Anything else said (a peak, a second count, a time it runs for) declines too.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import givens_or_none
from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import lookup, plural
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_FIXED = ({"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800}, {"month": 1, "year": 12})
"""Stretches of fixed length in each other, in their own smallest unit: a week is 7 days, a year 12 months."""
_ADVERBS = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month", "yearly": "year",
            "annually": "year"}  # fmt: skip
_PER = frozenset("per a an each every".split())
_DOERS = frozenset(
    "it our my their your his her its the gets get receive receives handle handles process processes serve serves "
    "see sees send sends sent does do makes logs writes runs".split()
)
_MACHINES = frozenset(
    "api apis server servers site website app service endpoint database system machine pump tap sensor counter "
    "feed queue pipeline bot crawler job cron printer".split()
)
"""What keeps a steady rate around the clock: a count said of a person's or a shop's hours is no steady rate."""
_ASKING = frozenset("how many is that this it what what's whats the number of in one".split())
_PAUSES = frozenset({",", ".", "?", ";", "-", "—"})


def solve_count_rate(tokens: list[Token], start: int) -> Solution | None:
    """The count over the stretch asked; None unless the request is exactly a count at a rate and that question."""
    givens = givens_or_none(tokens, start, 1)
    if givens is None:
        return None
    (g,) = givens
    if g.quantity.measure is not None or g.quantity.percent or not g.noun or g.count_per is None:
        return None
    subject = tokens[start : g.start]
    if not all(t.word in _DOERS or inert(t) for t in subject) or not any(t.word in _MACHINES for t in subject):
        return None  # 'we get 45 customers an hour': people keep hours, so their rate is no steady one
    asked = _asked_period(tokens, g.end, g.noun)
    if asked is None:
        return None
    ratio = _ratio(g.count_per.name, asked)
    if ratio is None or ratio == 1:
        return None
    count = numbers.checked(Fraction(g.quantity.value) * ratio)
    things = plural(g.noun) if count != 1 else g.noun
    shown = numbers.format_number(count)
    step = f"{numbers.format_number(g.quantity.value)} per {g.count_per.name} × {numbers.format_number(ratio)}"
    answer = f"{shown} {things} per {asked}"
    solution = Solution(answer, count, "count at a rate", step, [f"{step} = {shown}"], f"{things} per {asked}")
    solution.notes.append(f"the rate is taken as steady through the {asked}")
    return solution


def _asked_period(tokens: list[Token], begin: int, noun: str) -> str | None:
    """The one stretch the question asks the count over ('per day', 'a week', 'daily'); None when the words from
    ``begin`` say anything else."""
    asked: list[str] = []
    k = begin
    while tokens[k].kind != "end":
        t = tokens[k]
        if t.word in _PER and tokens[k + 1].kind == "word" and _period(tokens[k + 1].word) is not None:
            asked.append(_period(tokens[k + 1].word) or "")
            k += 2
            continue
        if t.word in _ADVERBS:
            asked.append(_ADVERBS[t.word])
        elif not (t.text in _PAUSES or t.word in _ASKING or t.word in (noun, plural(noun))):
            return None
        k += 1
    return asked[0] if len(asked) == 1 else None


def _period(word: str) -> str | None:
    measure = lookup(word, short=False)
    if measure is None or measure.dimension != "time" or measure.per is not None:
        return None
    return measure.name if any(measure.name in fixed for fixed in _FIXED) else None


def _ratio(given: str, asked: str) -> Fraction | None:
    """How many of the given stretch make the asked one (a minute's count times 1,440 is a day's), or None."""
    for fixed in _FIXED:
        if given in fixed and asked in fixed:
            return Fraction(fixed[asked], fixed[given])
    return None
