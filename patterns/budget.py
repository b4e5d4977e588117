"""Budgets per orchestration: agent calls, tokens, wall-clock time and cost.

A ``BudgetTracker`` is charged after every leaf call and checked before the next one. Trackers chain: a
pattern nested in another charges its own budget and every enclosing one, so the outermost limits hold for
the whole hierarchy. What is left (``remaining_tokens``, ``remaining_cost``, ``remaining_time``) can travel
with a call, so the worker holds to it before each of its own model calls; model calls the orchestration
makes itself (routing, planning) are charged with ``charge_model``: tokens and cost, not an agent call.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field

from patterns.errors import BudgetExceeded
from patterns.worker import Usage


@dataclass(frozen=True, slots=True)
class Price:
    """US dollars per million tokens of each kind: what a worker or a model costs.

    Prompt-cache reads and writes cost the input rate unless given (a model's price table gives them, see
    ``agents.models.pricing``).
    """

    input_per_mtok: float
    output_per_mtok: float
    cache_read_per_mtok: float | None = None
    cache_write_per_mtok: float | None = None

    def cost(self, usage: Usage) -> float:
        read = self.input_per_mtok if self.cache_read_per_mtok is None else self.cache_read_per_mtok
        write = self.input_per_mtok if self.cache_write_per_mtok is None else self.cache_write_per_mtok
        return (
            usage.input_tokens * self.input_per_mtok
            + usage.output_tokens * self.output_per_mtok
            + usage.cache_read_tokens * read
            + usage.cache_write_tokens * write
        ) / 1e6


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
    prices: Mapping[str, Price] = field(default_factory=dict[str, Price])


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

    def remaining_tokens(self) -> int | None:
        """Tokens left before the tightest token limit in the chain, or ``None`` when there is none."""
        own = self.budget.max_tokens - self.used.total_tokens if self.budget.max_tokens is not None else None
        inherited = self.parent.remaining_tokens() if self.parent else None
        candidates = [max(0, t) for t in (own, inherited) if t is not None]
        return min(candidates) if candidates else None

    def remaining_cost(self) -> float | None:
        """Dollars left before the tightest cost limit in the chain, or ``None`` when there is none."""
        own = self.budget.max_cost - (self.used.cost or 0.0) if self.budget.max_cost is not None else None
        inherited = self.parent.remaining_cost() if self.parent else None
        candidates = [max(0.0, c) for c in (own, inherited) if c is not None]
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
        priced = Usage(
            usage.input_tokens,
            usage.output_tokens,
            max(usage.calls, 1),
            usage.cost,
            usage.cache_read_tokens,
            usage.cache_write_tokens,
        )
        price = self.budget.prices.get(worker)
        if priced.cost is None and price is not None:
            priced.cost = price.cost(usage)
        self.used = self.used + priced
        if self.parent is not None:
            self.parent.charge(worker, priced)
        return priced

    def charge_model(self, usage: Usage) -> None:
        """Add a model call the orchestration made itself (tokens and cost, no agent call), up the chain."""
        spent = Usage(
            usage.input_tokens, usage.output_tokens, 0, usage.cost, usage.cache_read_tokens, usage.cache_write_tokens
        )
        self.used = self.used + spent
        if self.parent is not None:
            self.parent.charge_model(spent)


current_budget: ContextVar[BudgetTracker | None] = ContextVar("accord_budget", default=None)
"""The budget of the orchestration the calling code runs in: ``Pattern`` sets it around its run."""


def active_tracker() -> BudgetTracker | None:
    """The budget of the orchestration the calling code runs in, if any."""
    return current_budget.get()
