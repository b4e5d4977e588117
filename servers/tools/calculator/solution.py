"""What a solved request looks like, and the shared pieces every kind of problem uses to build one."""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.numbers import Real
from servers.tools.calculator.quantities import AMOUNT, Quantity, is_money, marked, money, percent_shown, show

CAPABILITIES = (
    "offline I can work out arithmetic written in symbols or words, percentages, tips and bill splits, discounts and "
    "tax (and prices before them), percentage change, markup and margin, steady growth or decline, simple and "
    "compound interest, loan payments, speed, fuel economy and unit prices, proportions and ratio splits, time "
    "between clock times or dates, unit conversions, statistics of a list of numbers, weighted grades and the score "
    "needed for an average, doses per kg, areas, perimeters and volumes of figures, linear equations, counts shared "
    "or at a rate, overtime pay, ages from years, BMI, ways to choose or arrange, and the chance of a fair coin or "
    "die"
)


@dataclass
class Solution:
    """An answer that accounts for the whole request, with the working that produced it.

    ``answer`` is the answer as a person would say it ('$25.49 per person'); ``result`` is its number, exact where
    the arithmetic allows; ``exact`` carries the unrounded value when the answer is rounded (money to the cent) or
    a fraction with no finite decimal ('1/3'). ``values`` names every number of a multi-part answer.
    """

    answer: str
    result: Real | None
    problem: str
    expression: str
    steps: list[str] = field(default_factory=list[str])
    unit: str | None = None
    exact: str | None = None
    notes: list[str] = field(default_factory=list[str])
    values: dict[str, Real] = field(default_factory=dict[str, Real])


def unit_name(q: Quantity) -> str | None:
    """The unit field of an answer: a currency code ('USD'), a unit ('kilometers per hour'), '%' or None."""
    if q.percent:
        return "%"
    if q.measure is None or q.measure is AMOUNT:
        return None
    if is_money(q.measure):
        code = q.measure.dimension.removeprefix("money ")
        return code if q.measure.per is None else f"{code} per {q.measure.per.name}"
    return q.measure.label(q.value)


CENTS_SHOWN = "money is shown rounded to the cent"
"""How a note on money shown to the cent opens: the default showing, not a rounding the request asked for."""


def answer_for(q: Quantity, problem: str, expression: str, steps: list[str], *, suffix: str = "") -> Solution:
    """A Solution whose answer is the quantity ``q``: money shown to the cent with the exact value kept."""
    solution = Solution(show(q) + suffix, q.value, problem, expression, steps, unit_name(q))
    if is_money(q.measure):
        cents = numbers.round_half_up(q.value, 2)
        if cents != q.value:
            solution.exact = numbers.format_number(q.value)
            solution.notes.append(
                f"{CENTS_SHOWN} (halves round up); the exact amount is {marked(solution.exact, q.measure.symbol)}"
            )
    elif q.percent:
        solution.result = q.value * 100
    elif isinstance(q.value, Fraction) and not numbers.terminates(q.value) and len(str(q.value)) <= 40:
        solution.exact = str(q.value)
    if q.percent:
        note_percent_rounded(solution, q.value * 100)
    elif show(q) != show(q, exact=True):  # '50.67 minutes' of 50.666…: a measure shown to sensible figures
        solution.notes.append(f"shown to four significant figures (at least two decimals); the exact value is "
                              f"{numbers.format_number(q.value)}")  # fmt: skip
    if q.measure is not None and q.measure.name == "hour" and q.measure.per is None and not numbers.is_integer(q.value):
        minutes = int(numbers.round_half_up(abs(q.value) * 60, 0))
        solution.answer += f" ({minutes // 60} h {minutes % 60} min)"
    elif q.measure is not None and q.measure.name == "minute" and q.measure.per is None:
        if not numbers.is_integer(q.value) and abs(q.value) >= 1:
            seconds = int(numbers.round_half_up(abs(q.value) * 60, 0))
            solution.answer += f" ({seconds // 60} min {seconds % 60} s)"
    return solution


def to_the_cent(solution: Solution, value: Real, suffix: str = "") -> Solution:
    """A plain amount paid or put by ('333.333333333 per month') shown as money is, to the cent (halves up), with
    the unrounded value kept in ``exact``; an amount already in whole cents is left as it is."""
    cents = numbers.round_half_up(value, 2)
    if cents == value:
        return solution
    solution.answer = money(value, "") + suffix
    exact = numbers.format_number(value)
    solution.exact = solution.exact or exact
    solution.notes.append(f"the amount is shown rounded to the cent (halves round up); the exact amount is {exact}")
    return solution


def note_percent_rounded(solution: Solution, percent: Real) -> None:
    """The exact percentage kept in a note when the answer shows it to four significant figures ('84.44%')."""
    if percent_shown(percent) != percent_shown(percent, exact=True):
        solution.notes.append(
            f"shown to four significant figures (at least two decimals); the exact value is "
            f"{numbers.format_number(percent)}%"
        )
