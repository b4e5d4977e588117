"""Budgets per orchestration: agent calls, tokens, wall-clock time and cost.

A ``BudgetTracker`` is charged after every leaf call and checked before the next one. Trackers chain: a
pattern nested in another charges its own budget and every enclosing one, so the outermost limits hold for
the whole hierarchy.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from patterns.errors import BudgetExceeded
from patterns.worker import Usage


@dataclass(frozen=True, slots=True)
class Price:
    """What a worker costs per million input and output tokens."""

    input_per_mtok: float
    output_per_mtok: float

    def cost(self, usage: Usage) -> float:
        return (usage.input_tokens * self.input_per_mtok + usage.output_tokens * self.output_per_mtok) / 1e6


@dataclass(frozen=True, slots=True)
class Budget:
    """Limits for one orchestration; ``None`` means unlimited.

    ``deadline`` is seconds of wall-clock time from the start. ``max_cost`` applies to calls whose cost is
    known: reported by the worker in ``Usage.cost``, or computed from ``prices`` (keyed by worker name).
    """

    max_calls: int | None = None
    max_tokens: int | None = None
    deadline: float | None = None
    max_cost: float | None = None
    prices: Mapping[str, Price] = field(default_factory=dict)


class BudgetTracker:
    """Counts what an orchestration has used against its ``Budget``."""

    def __init__(
        self,
        budget: Budget | None = None,
        parent: BudgetTracker | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.budget = budget or Budget()
        self.parent = parent
        self._clock = clock
        self.started = clock()
        self.used = Usage()

    def remaining_time(self) -> float | None:
        """Seconds left before the nearest deadline in the chain, or ``None`` when there is none."""
        own = None
        if self.budget.deadline is not None:
            own = self.budget.deadline - (self._clock() - self.started)
        inherited = self.parent.remaining_time() if self.parent else None
        candidates = [t for t in (own, inherited) if t is not None]
        return min(candidates) if candidates else None

    def check(self) -> None:
        """Raise ``BudgetExceeded`` if another call would go past any limit in the chain."""
        b, used = self.budget, self.used
        if b.max_calls is not None and used.calls >= b.max_calls:
            raise BudgetExceeded(f"budget exceeded: {used.calls} agent calls made (max_calls={b.max_calls})")
        if b.max_tokens is not None and used.total_tokens >= b.max_tokens:
            raise BudgetExceeded(f"budget exceeded: {used.total_tokens} tokens used (max_tokens={b.max_tokens})")
        if b.max_cost is not None and (used.cost or 0.0) >= b.max_cost:
            raise BudgetExceeded(f"budget exceeded: cost {used.cost:.4f} reached (max_cost={b.max_cost})")
        if b.deadline is not None and self._clock() - self.started >= b.deadline:
            raise BudgetExceeded(f"budget exceeded: the {b.deadline}s deadline has passed")
        if self.parent is not None:
            self.parent.check()

    def charge(self, worker: str, usage: Usage) -> Usage:
        """Add one call's usage here and up the chain; returns the usage with its cost filled in if priced."""
        priced = Usage(usage.input_tokens, usage.output_tokens, max(usage.calls, 1), usage.cost)
        price = self.budget.prices.get(worker)
        if priced.cost is None and price is not None:
            priced.cost = price.cost(usage)
        self.used = self.used + priced
        if self.parent is not None:
            self.parent.charge(worker, priced)
        return priced
