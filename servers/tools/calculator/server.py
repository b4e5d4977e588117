"""The calculator's tools over MCP. Every result is structured (an output schema) and also rendered as text."""

from __future__ import annotations

import math
import statistics as stats
from pathlib import Path
from typing import Annotated

from mcp.server import MCPServer
from pydantic import BaseModel, Field

from servers.tools.calculator.evaluator import evaluate, normalize
from servers.tools.calculator.units import convert
from servers.tools.inputs import ToolInputError

MAX_NUMBERS = 100_000


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
    stdev: float = Field(description="Sample standard deviation; 0 for a single number")
    min: float
    max: float
    sum: float


class Conversion(BaseModel):
    value: float
    from_unit: str
    to_unit: str
    result: float
    dimension: str


def _tidy(x: float) -> float:
    """Round away binary noise (0.1 + 0.2) without hiding real precision."""
    return float(f"{x:.12g}") if math.isfinite(x) else x


def create_server(data_dir: Path | None = None) -> MCPServer:
    mcp = MCPServer("accord-calculator", instructions="Exact arithmetic, percentages, statistics, unit conversion.")

    @mcp.tool()
    def calculate(
        expression: Annotated[str, Field(description="Arithmetic such as '(3 + 4) * 2^10' or 'sqrt(2) * pi'")],
    ) -> Calculation:
        """Evaluate an arithmetic expression: + - * / // % and powers, parentheses, math functions
        (sqrt, log, sin, factorial, ...) and constants (pi, e). Solve a math problem or compute a number."""
        result = evaluate(expression)
        return Calculation(
            expression=normalize(expression), result=_tidy(result) if isinstance(result, float) else result
        )

    @mcp.tool()
    def percent_of(
        percent: Annotated[float, Field(description="The percentage, e.g. 17 for 17%")],
        value: Annotated[float, Field(description="The whole that the percentage is taken of")],
    ) -> Percentage:
        """Compute a percentage of a value: what is 17% of 2,340, a tip, a discount, a share or a tax."""
        return Percentage(percent=percent, value=value, result=_tidy(percent * value / 100))

    @mcp.tool()
    def statistics(
        numbers: Annotated[list[float], Field(description="The data set")],
    ) -> Statistics:
        """Descriptive statistics of a list of numbers: mean (average), median, standard deviation, min, max."""
        if not numbers:
            raise ToolInputError("numbers is empty: give at least one number")
        if len(numbers) > MAX_NUMBERS:
            raise ToolInputError(f"too many numbers ({len(numbers):,}); the limit is {MAX_NUMBERS:,}")
        if not all(math.isfinite(n) for n in numbers):
            raise ToolInputError("numbers must be finite")
        return Statistics(
            count=len(numbers),
            mean=_tidy(stats.fmean(numbers)),
            median=_tidy(stats.median(numbers)),
            stdev=_tidy(stats.stdev(numbers)) if len(numbers) > 1 else 0.0,
            min=min(numbers),
            max=max(numbers),
            sum=_tidy(math.fsum(numbers)),
        )

    @mcp.tool()
    def convert_units(
        value: Annotated[float, Field(description="The quantity to convert")],
        from_unit: Annotated[str, Field(description="Unit of the value, e.g. 'fahrenheit', 'km', 'lb', 'GiB'")],
        to_unit: Annotated[str, Field(description="Unit wanted, e.g. 'celsius', 'miles', 'kg', 'MB'")],
    ) -> Conversion:
        """Convert a quantity between units of length, mass, temperature (Celsius, Fahrenheit, Kelvin),
        time and data size (bytes, KB, MiB, GB)."""
        if not math.isfinite(value):
            raise ToolInputError("value must be a finite number")
        result, source, target = convert(value, from_unit, to_unit)
        return Conversion(
            value=value,
            from_unit=source.name,
            to_unit=target.name,
            result=_tidy(result),
            dimension=source.dimension,
        )

    return mcp
