"""What an appliance costs to run: its power, how long it runs, and the price of a kilowatt hour. 'My electric heater
is 2.5 kW and I run it 6 hours a day for 30 days. Electricity is 28p per kWh. What does that cost me?' → 2.5 kW ×
6 hours × 30 days = 450 kWh, × £0.28 = £126.00.

Exactly these numbers and no other: one power (watts or kilowatts, said right after its number), one running time
(hours or minutes, on its own or a day or a week), a count of the days or weeks it runs at that when the time is
said per day or week (and only then), and one price per kWh in one currency. The question asks what it costs; a
question per period, a second appliance, a standing charge or any word that changes the sum declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import Quantity, currency, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_POWERS = {"w": Fraction(1, 1000), "watt": Fraction(1, 1000), "watts": Fraction(1, 1000), "kw": Fraction(1),
           "kilowatt": Fraction(1), "kilowatts": Fraction(1)}  # fmt: skip
_DAYS_IN = {"day": 1, "week": 7}
_SPOILERS = frozenset(
    "each both pair two three twice double half plus minus standing vat discount off save saving saved cheaper "
    "dearer than or versus vs if other another instead per every daily weekly monthly yearly annual annually "
    "average left".split()
)
_ASKS_COST = frozenset("cost costs much price pay spend bill".split())


def solve_running_cost(tokens: list[Token], start: int) -> Solution | None:
    """The cost of running an appliance for the time said at the price of a kWh; None when it is not that."""
    givens = givens_or_none(tokens, start)
    if givens is None or not 3 <= len(givens) <= 4:
        return None
    powers = [g for g in givens if _power(tokens, g) is not None]
    prices = [g for g in givens if _per_kwh(g)]
    times = [g for g in givens if _hours(g) is not None]
    spans = [g for g in givens if g not in times and _span_days(g) is not None]
    if len(powers) != 1 or len(prices) != 1 or len(times) != 1 or len(spans) > 1:
        return None
    if len(powers) + len(prices) + len(times) + len(spans) != len(givens):
        return None
    if any(t.word in _SPOILERS for i, t in enumerate(tokens[start:], start) if not _inside(givens, i)):
        return None
    if not _ASKS_COST & set(question_words(tokens, start)):
        return None
    power, price, used = powers[0], prices[0], times[0]
    kw, hours = _power(tokens, power), _hours(used)
    assert kw is not None and hours is not None
    per = used.quantity.measure.per if used.quantity.measure is not None else None
    if (per is None) != (not spans):
        return None  # '6 hours a day' needs the days it runs; '6 hours' alone has none
    runs = Fraction(1)
    if per is not None:
        if per.name not in _DAYS_IN:
            return None
        days = _span_days(spans[0])
        assert days is not None
        runs = days / _DAYS_IN[per.name]
        if runs.denominator != 1:
            return None  # '3 hours a week for 10 days': not a whole number of the weeks it is said per
    return _answer(kw, price, used, spans[0] if spans else None, kw * hours * runs)


def _answer(kw: Fraction, price: Given, used: Given, span: Given | None, kwh: Fraction) -> Solution:
    measure = price.quantity.measure
    assert measure is not None and measure.per is not None
    code = measure.dimension.removeprefix("money ")
    each = Fraction(price.quantity.value) * measure.factor * measure.per.factor
    cost = Quantity(numbers.checked(kwh * each), currency(code))
    per_kwh = show(Quantity(each, currency(code)), exact=True)
    said = [f"{numbers.format_number(kw)} kW"]
    said.append(show(used.quantity, exact=True))
    if span is not None:
        said.append(show(span.quantity, exact=True))
    energy = f"{' × '.join(said)} = {numbers.format_number(kwh)} kWh"
    steps = [energy, f"{numbers.format_number(kwh)} kWh × {per_kwh} per kWh = {show(cost, exact=True)}"]
    solution = answer_for(cost, "running cost", f"{numbers.format_number(kwh)} kWh × {per_kwh}", steps)
    solution.notes.append("energy (kWh) = power (kW) × hours run")
    return solution


def _power(tokens: list[Token], g: Given) -> Fraction | None:
    """A power in kilowatts: '2.5 kW', '1500 watt', '2,000 W'; None when the given is not one."""
    if g.quantity.measure is not None or g.quantity.percent or g.start + 1 >= len(tokens):
        return None
    if tokens[g.start + 1].word not in _POWERS:
        return None
    return Fraction(g.quantity.value) * _POWERS[tokens[g.start + 1].word]


def _per_kwh(g: Given) -> bool:
    measure = g.quantity.measure
    return is_money(measure) and measure.per is not None and measure.per.name == "kilowatt hour"


def _hours(g: Given) -> Fraction | None:
    """A running time in hours ('6 hours', '90 minutes', '6 hours a day' as 6); None when the given is not one."""
    measure = g.quantity.measure
    if measure is None or measure.dimension != "time" or measure.name not in ("hour", "minute"):
        return None
    return Fraction(g.quantity.value) / (60 if measure.name == "minute" else 1)


def _span_days(g: Given) -> Fraction | None:
    """How many days it runs: '30 days', '2 weeks'; None for anything else (a month is no fixed number of days)."""
    measure = g.quantity.measure
    if measure is None or measure.per is not None or measure.name not in _DAYS_IN:
        return None
    return Fraction(g.quantity.value) * _DAYS_IN[measure.name]


def _inside(givens: list[Given], i: int) -> bool:
    return any(g.start <= i < g.end for g in givens)
