"""The errors of the patterns package, under one base so the edges can map them to wire codes in one table."""

from __future__ import annotations


class PatternError(Exception):
    """Base of every error the patterns package raises on purpose."""


class TransportError(PatternError):
    """A worker could not be reached or answered garbage at the transport level.

    Adapters (the A2A client, say) raise this for connection failures, resets and 5xx answers: the only
    failures ``Guarded`` retries, because repeating them is safe and may succeed.
    """


class MaxDepthExceeded(PatternError):
    """A request has travelled through too many hops: an A→B→A loop, or a hierarchy deeper than allowed."""


class BudgetExceeded(PatternError):
    """An orchestration went past one of its budgets: agent calls, tokens, wall-clock time or cost."""


class CircuitOpen(PatternError):
    """A worker's circuit breaker is open: recent calls failed, so this one is refused without trying."""


class PlanError(PatternError):
    """A plan (from a planner, or a stored run) is not usable: unknown workers, or dependencies that loop."""
