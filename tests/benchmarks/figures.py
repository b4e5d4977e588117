"""A benchmark's figures: each a number with its unit, which direction is better, and the goal it is held to.

A benchmark that takes ``--figures PATH`` writes ``{"figures": [Figure.as_dict(), ...]}`` there, so
``python -m tests.benchmarks`` can put every figure in one table and compare runs. ``--quick`` asks for the bounded
version (fewer rounds, fewer cards): the figures keep their names, so quick runs compare with quick runs.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

Better = Literal["lower", "higher"]
WORSE_BY = 0.10
"""A figure more than this much worse than the previous run's is flagged."""


@dataclass(frozen=True, slots=True)
class Figure:
    benchmark: str
    name: str
    value: float
    unit: str = ""
    better: Better = "lower"
    goal: float | None = None
    """The bound the figure should stay within: at most ``goal`` when lower is better, at least when higher."""

    def met(self) -> bool | None:
        if self.goal is None:
            return None
        return self.value <= self.goal if self.better == "lower" else self.value >= self.goal

    def goal_text(self) -> str:
        if self.goal is None:
            return ""
        return f"{'<=' if self.better == 'lower' else '>='} {_number(self.goal)}{_suffix(self.unit)}"

    def value_text(self) -> str:
        return f"{_number(self.value)}{_suffix(self.unit)}"

    @property
    def key(self) -> str:
        return f"{self.benchmark}: {self.name}"

    def change(self, previous: Figure) -> float | None:
        """How much worse than ``previous`` (0.12 = 12 % worse; negative = better), or ``None`` if incomparable."""
        if previous.value == 0:
            return None
        ratio = (self.value - previous.value) / abs(previous.value)
        return ratio if self.better == "lower" else -ratio

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Figure:
        return cls(
            benchmark=str(data["benchmark"]),
            name=str(data["name"]),
            value=float(data["value"]),
            unit=str(data.get("unit", "")),
            better="higher" if data.get("better") == "higher" else "lower",
            goal=None if data.get("goal") is None else float(data["goal"]),
        )


def write_figures(path: str | Path, figures: list[Figure]) -> None:
    Path(path).write_text(json.dumps({"figures": [f.as_dict() for f in figures]}, indent=2) + "\n")


def read_figures(path: str | Path) -> list[Figure]:
    data = json.loads(Path(path).read_text())
    return [Figure.from_dict(f) for f in data.get("figures", [])]


def _number(value: float) -> str:
    if value == int(value) and abs(value) >= 10:
        return f"{value:,.0f}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _suffix(unit: str) -> str:
    if not unit:
        return ""
    return unit if unit in ("x", "%") else f" {unit}"
