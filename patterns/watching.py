"""Whether anyone watches a run's progress as it happens.

A caller that streams a run, or that may read the task while it works, sees each step's progress, so a run
streams its workers' calls and passes their progress on. A caller that waits for the answer alone (an A2A
blocking send) sees only the final task: for its runs the workers are called without a stream, which costs
the worker's agent and this process less per call (no server-sent events, no progress events to pass on).
Its finished steps are committed before the next step starts and with the final record, rather than each at
once (a router's one step costs one commit, not two). The answer and the run record are the same either way.
"""

from __future__ import annotations

from collections.abc import Generator
from contextlib import contextmanager
from contextvars import ContextVar

_watched: ContextVar[bool] = ContextVar("accord_progress_watched", default=True)


def progress_watched() -> bool:
    """Whether the run in this context has a caller who sees its progress (the default)."""
    return _watched.get()


@contextmanager
def unwatched() -> Generator[None]:
    """Runs started within (and the tasks they start) have no caller watching their progress."""
    token = _watched.set(False)
    try:
        yield
    finally:
        _watched.reset(token)
