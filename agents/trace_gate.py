"""TraceGate: per-trace caps on the orchestrations and worker calls one process has in flight.

The hop counter stops an A→B→A loop only while every agent passes accord's ``hops`` metadata on. An agent that
drops it restarts the count, and the loop would run until the connection pool runs dry. The W3C trace id
survives (it travels in the ``traceparent`` header too), and a loop shows as one trace nesting orchestration
inside orchestration in the same process. So the orchestrator admits at most ``max_runs`` runs of one trace at
a time, and at most ``max_calls`` concurrent worker calls of one trace; the excess is refused at once with a
message naming the loop, never queued.
"""

from __future__ import annotations

from collections.abc import Generator
from contextlib import contextmanager


class TraceLimitExceeded(RuntimeError):
    """A run or a call refused because its trace already has the most allowed in flight."""


class TraceGate:
    """Counts runs and calls in flight per trace id. One event loop uses it, so plain counters suffice."""

    def __init__(self, *, max_runs: int, max_calls: int) -> None:
        if max_runs < 1 or max_calls < 1:
            raise ValueError("a trace must be allowed at least one run and one call")
        self.max_runs = max_runs
        self.max_calls = max_calls
        self._runs: dict[str, int] = {}
        self._calls: dict[str, int] = {}

    def runs(self, trace_id: str) -> int:
        return self._runs.get(trace_id, 0)

    def calls(self, trace_id: str) -> int:
        return self._calls.get(trace_id, 0)

    @contextmanager
    def run(self, trace_id: str) -> Generator[None, None, None]:
        """Hold one run slot of ``trace_id``; raises ``TraceLimitExceeded`` when none is free."""
        if self.runs(trace_id) >= self.max_runs:
            raise TraceLimitExceeded(
                f"loop detected: {self.runs(trace_id)} orchestrations of trace {trace_id} are already running here "
                f"(at most {self.max_runs}); an agent is calling the orchestrator back, so this one is refused"
            )
        with _held(self._runs, trace_id):
            yield

    @contextmanager
    def call(self, trace_id: str, worker: str) -> Generator[None, None, None]:
        """Hold one worker-call slot of ``trace_id``; raises ``TraceLimitExceeded`` when none is free."""
        if self.calls(trace_id) >= self.max_calls:
            raise TraceLimitExceeded(
                f"not calling {worker}: trace {trace_id} already has {self.calls(trace_id)} calls in flight "
                f"(at most {self.max_calls}); a loop or a runaway fan-out is suspected"
            )
        with _held(self._calls, trace_id):
            yield


@contextmanager
def _held(counts: dict[str, int], key: str) -> Generator[None, None, None]:
    counts[key] = counts.get(key, 0) + 1
    try:
        yield
    finally:
        counts[key] -= 1
        if counts[key] <= 0:  # forget finished traces, so the map does not grow with traffic
            del counts[key]
