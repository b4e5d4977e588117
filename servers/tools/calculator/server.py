"""The calculator's tools over MCP. Every result is structured (an output schema) and also rendered as text.

``solve`` is the entry point for a whole request in the user's words (it accounts for every word or declines);
``calculate``, ``percent_of``, ``statistics`` and ``convert_units`` take arguments a client has already written.
"""

from __future__ import annotations

import math
import statistics as stats
from fractions import Fraction
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from servers.tools.calculator.numbers import plain, tidy
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.solver import evaluate_expression, solve_request
from servers.tools.calculator.units import convert
from servers.tools.inputs import ToolInputError
from servers.tools.offload import read_text
from servers.tools.protocol import READ_ONLY, AccordServer

MAX_NUMBERS = 100_000


class Solved(BaseModel):
    answer: str = Field(description="The answer as a person would say it, e.g. '$25.49 per person' or 'x = 6'")
    result: float | int | None = Field(description="The answer's number, exact where possible; null for non-numbers")
    unit: str | None = Field(default=None, description="What the result counts: 'USD', 'kilometers per hour', '%'")
    problem: str = Field(description="The kind of problem solved: arithmetic, bill split, compound interest, ...")
    expression: str = Field(description="The calculation in the calculator's own notation")
    steps: list[str] = Field(description="The working, one step a line")
    exact: str | None = Field(default=None, description="The unrounded value of a rounded answer, or a fraction (1/3)")
    notes: list[str] = Field(default_factory=list, description="Assumptions and conventions the answer rests on")
    values: dict[str, float | int] = Field(default_factory=dict, description="Each named number of the answer")


class Calculation(BaseModel):
    expression: str = Field(description="The expression as evaluated")
    result: float | int


class Percentage(BaseModel):
    percent: float
    value: float
    result: float


class Statistics(BaseModel):
    count: int
    mean: float
    median: float
    stdev: float = Field(description="Standard deviation (sample unless population was asked); 0 for one number")
    stdev_kind: Literal["sample", "population"]
    min: float
    max: float
    sum: float


class Conversion(BaseModel):
    value: float
    from_unit: str
    to_unit: str
    result: float
    dimension: str


def solved(solution: Solution) -> Solved:
    return Solved(
        answer=solution.answer,
        result=None if solution.result is None else plain(solution.result),
        unit=solution.unit,
        problem=solution.problem,
        expression=solution.expression,
        steps=solution.steps,
        exact=solution.exact,
        notes=solution.notes,
        values={name: plain(value) for name, value in solution.values.items()},
    )


def create_server(data_dir: Path | None = None) -> AccordServer:
    mcp = AccordServer(
        "accord-calculator",
        instructions="Exact arithmetic and word problems (solve), percentages, statistics, unit conversion.",
    )

    @mcp.tool(annotations=READ_ONLY)
    async def solve(request: Annotated[str, Field(description="The request in the user's own words")]) -> Solved:
        """Work out an arithmetic question or word problem written in symbols or ordinary words, showing the
        working: arithmetic (2+2, 7 times 8, square root of 1764, 15% of 80), tips and bill splits, discounts and
        tax, prices before a discount or tax, percentage change, simple and compound interest, loan payments,
        average speed, fuel economy, unit prices, proportions and ratio splits, time between clock times or dates,
        unit conversions, statistics (mean, median, standard deviation) and linear equations. Declines, saying why,
        anything it cannot account for word by word."""
        return solved(await read_text(solve_request, request))

    @mcp.tool(annotations=READ_ONLY)
    def calculate(
        expression: Annotated[
            str, Field(description="Arithmetic such as '(3 + 4) * 2^10', 'sqrt(2) * pi' or '7 times 8'")
        ],  # fmt: skip
    ) -> Calculation:
        """Evaluate an arithmetic expression exactly: + - * / // mod and powers, parentheses, percentages, math
        functions (sqrt, log, sin, factorial, ...) and constants (pi, e), in symbols or words."""
        solution = evaluate_expression(expression)
        if solution.result is None:
            raise ToolInputError(f"{expression!r} has no numeric value")
        return Calculation(expression=solution.expression, result=plain(solution.result))

    @mcp.tool(annotations=READ_ONLY)
    def percent_of(
        percent: Annotated[float, Field(description="The percentage, e.g. 17 for 17%")],
        value: Annotated[float, Field(description="The whole that the percentage is taken of")],
    ) -> Percentage:
        """Compute a percentage of a value: what is 17% of 2,340, a tip, a discount, a share or a tax."""
        if not (math.isfinite(percent) and math.isfinite(value)):
            raise ToolInputError("percent and value must be finite numbers")
        exact = Fraction(repr(percent)) * Fraction(repr(value)) / 100
        return Percentage(percent=percent, value=value, result=plain(exact))

    @mcp.tool(annotations=READ_ONLY)
    def statistics(
        numbers: Annotated[list[float], Field(description="The data set")],
        population: Annotated[
            bool, Field(description="Report the population standard deviation (divide by n) instead of the sample one")
        ] = False,
    ) -> Statistics:
        """Descriptive statistics of a list of numbers: mean (average), median, standard deviation (sample by
        default, population on request), min, max."""
        if not numbers:
            raise ToolInputError("numbers is empty: give at least one number")
        if len(numbers) > MAX_NUMBERS:
            raise ToolInputError(f"too many numbers ({len(numbers):,}); the limit is {MAX_NUMBERS:,}")
        if not all(math.isfinite(n) for n in numbers):
            raise ToolInputError("numbers must be finite")
        spread = stats.pstdev(numbers) if population else stats.stdev(numbers) if len(numbers) > 1 else 0.0
        return Statistics(
            count=len(numbers),
            mean=tidy(stats.fmean(numbers)),
            median=tidy(stats.median(numbers)),
            stdev=tidy(spread),
            stdev_kind="population" if population else "sample",
            min=min(numbers),
            max=max(numbers),
            sum=tidy(math.fsum(numbers)),
        )

    @mcp.tool(annotations=READ_ONLY)
    def convert_units(
        value: Annotated[float, Field(description="The quantity to convert")],
        from_unit: Annotated[str, Field(description="Unit of the value, e.g. 'fahrenheit', 'km', 'lb', 'GiB'")],
        to_unit: Annotated[str, Field(description="Unit wanted, e.g. 'celsius', 'miles', 'kg', 'MB'")],
    ) -> Conversion:
        """Convert a quantity between units of length, mass, volume (ml, liters, cups, US gallons),
        temperature (Celsius, Fahrenheit, Kelvin), time, data size (bytes, KB, MiB, GB) and angle (degrees,
        radians)."""
        if not math.isfinite(value):
            raise ToolInputError("value must be a finite number")
        result, source, target = convert(value, from_unit, to_unit)
        return Conversion(
            value=value,
            from_unit=source.name,
            to_unit=target.name,
            result=tidy(result),
            dimension=source.dimension,
        )

    return mcp
