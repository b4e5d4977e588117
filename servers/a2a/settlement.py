"""Settlement: whether the events one execution of a task enqueued have reached the store, and in what state.

The SDK runs an executor and saves what it enqueues in two tasks: the executor (the producer) puts events on a
queue, and a consumer saves each one, in order, in a transaction of its own. The consumer lags: an execution
can return while its first event is still unsaved, and a replica that dies then leaves a task acknowledged in
progress (the consumer got as far as the save a non-blocking send answers with) and nothing saying who works on
it. So the lease on a task (``leased_executor.py``) is kept until the execution's work is stored, and judged by
what was stored: this is how it knows.

``TrackingQueue`` records each event the executor enqueues that the consumer saves (a task, a status update, an
artifact update); the store (``shared_store.py``) reports each commit and each failed save. Events are matched by
identity: the consumer saves the very object the executor enqueued.
"""

from __future__ import annotations

import asyncio
import enum

from a2a.server.events import Event, EventQueue
from a2a.types import Task, TaskArtifactUpdateEvent, TaskState, TaskStatusUpdateEvent

ENDED = frozenset(
    {
        TaskState.TASK_STATE_COMPLETED,
        TaskState.TASK_STATE_FAILED,
        TaskState.TASK_STATE_CANCELED,
        TaskState.TASK_STATE_REJECTED,
    }
)
"""States a task never leaves."""

FINISHED = ENDED | {TaskState.TASK_STATE_INPUT_REQUIRED, TaskState.TASK_STATE_AUTH_REQUIRED}
"""States with nothing left for an agent to do until its caller speaks: no execution to resume."""

SETTLE_TIMEOUT_S = 30.0
"""How long an execution's last events may take to be stored before its task is handed to the sweepers."""


class Outcome(enum.Enum):
    """What an execution left in the store."""

    FINISHED = "finished"  # its task ended or waits for its caller: nothing to resume
    UNFINISHED = "unfinished"  # its task is in progress (or its saves failed, or took too long): resume it
    NOTHING = "nothing"  # it enqueued nothing the store saves: the store says how the task stands


class Settlement:
    """The saves of one execution's events, as the store commits them (see the module docstring)."""

    def __init__(self) -> None:
        self._last: Event | None = None  # the last event enqueued that the consumer saves
        self._landed = False  # ... and it is committed
        self._state: TaskState | None = None  # the task's state at the last commit
        self._broken = False  # a save failed or lost to another writer's: the store has the last word
        self._raised = False  # the executor raised: the consumer will save the task failed
        self._changed = asyncio.Event()

    def enqueued(self, event: Event) -> None:
        """The executor put ``event`` on its queue (before the consumer can see it)."""
        if isinstance(event, Task | TaskStatusUpdateEvent | TaskArtifactUpdateEvent):
            self._last, self._landed = event, False

    def committed(self, event: Event | None, state: TaskState) -> None:
        """A save of the task, for ``event`` (``None``: a write of the consumer's own), is committed."""
        self._state = state
        if event is not None and event is self._last:
            self._landed = True
        self._changed.set()

    def raised(self) -> None:
        """The executor raised: what settles the task is the failed state the consumer saves next."""
        self._raised = True

    def failed(self) -> None:
        """A save of the task failed, or lost to another writer's."""
        self._broken = True
        self._changed.set()

    async def outcome(self, timeout: float = SETTLE_TIMEOUT_S) -> Outcome:
        """Once the execution has returned: wait until its last event is committed (at most ``timeout``)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            judged = self._judge()
            if judged is not None:
                return judged
            self._changed.clear()
            remaining = deadline - loop.time()
            if remaining <= 0:
                return Outcome.UNFINISHED
            try:
                await asyncio.wait_for(self._changed.wait(), remaining)
            except TimeoutError:
                return Outcome.UNFINISHED

    def _judge(self) -> Outcome | None:
        if self._broken:
            return Outcome.UNFINISHED
        if self._state in ENDED:  # nothing is saved after an ended state (the consumer's FAILED write, say)
            return Outcome.FINISHED
        if self._raised:
            return None
        if self._last is None:
            return Outcome.NOTHING
        if not self._landed:
            return None
        return Outcome.FINISHED if self._state in FINISHED else Outcome.UNFINISHED


class TrackingQueue(EventQueue):
    """The executor's event queue, telling a ``Settlement`` what goes on it."""

    def __init__(self, queue: EventQueue, settlement: Settlement) -> None:
        self.queue = queue
        self.settlement = settlement

    async def enqueue_event(self, event: Event) -> None:
        self.settlement.enqueued(event)
        await self.queue.enqueue_event(event)

    def __getattr__(self, name: str) -> object:  # anything else an executor reaches for is the queue's own
        return getattr(self.queue, name)
