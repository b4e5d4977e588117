"""A write-behind cache in front of the SDK's durable task store.

The SDK saves a task at every event and reads it back between events: with ``DatabaseTaskStore`` that is four
ORM writes and three reads per request, several times the cost of the A2A hop itself. Live tasks are kept here
in memory instead; the durable store receives a checkpoint whenever a task reaches a terminal or interrupted
state (completed, failed, canceled, rejected, input-required, auth-required): the states a client may come back
for after a restart. Checkpoints are written by one background writer (``patterns.writebehind``), in
order, coalesced per task, and drained on ``aclose`` so a clean shutdown loses nothing. A crash may lose the last
checkpoints written in the few milliseconds before it, and the tasks still working when it happened.
"""

from __future__ import annotations

import time
from collections import OrderedDict

from a2a.server.context import ServerCallContext
from a2a.server.owner_resolver import resolve_user_scope
from a2a.server.tasks import TaskStore
from a2a.types import ListTasksRequest, ListTasksResponse, Task, TaskState

from patterns.writebehind import WriteBehind

CHECKPOINT_STATES = frozenset(
    {
        TaskState.TASK_STATE_COMPLETED,
        TaskState.TASK_STATE_FAILED,
        TaskState.TASK_STATE_CANCELED,
        TaskState.TASK_STATE_REJECTED,
        TaskState.TASK_STATE_INPUT_REQUIRED,
        TaskState.TASK_STATE_AUTH_REQUIRED,
    }
)

ABSENT_TTL_S = 1.0

Key = tuple[str, str]  # (owner, task id): the durable store scopes tasks by owner, so the cache does too


class WriteBehindTaskStore(TaskStore):
    def __init__(self, durable: TaskStore, *, capacity: int = 10_000, max_backlog: int = 256) -> None:
        self.durable = durable
        self.capacity = capacity
        self._owner = getattr(durable, "owner_resolver", resolve_user_scope)
        self._live: OrderedDict[Key, Task] = OrderedDict()
        # Ids the durable store said it lacks, and when: the SDK asks several times for an id it is about to
        # create. Kept briefly, because another replica sharing the durable store may create that id.
        self._absent: OrderedDict[Key, float] = OrderedDict()
        self._checkpoints: WriteBehind[Key, tuple[Task, ServerCallContext]] = WriteBehind(
            self._persist, max_backlog=max_backlog, what="task"
        )

    async def _persist(self, checkpoint: tuple[Task, ServerCallContext]) -> None:
        await self.durable.save(*checkpoint)

    async def save(self, task: Task, context: ServerCallContext) -> None:
        key = (self._owner(context), task.id)
        snapshot = Task()
        snapshot.CopyFrom(task)
        self._absent.pop(key, None)
        self._live[key] = snapshot
        self._live.move_to_end(key)
        if snapshot.status.state in CHECKPOINT_STATES:
            await self._checkpoints.put(key, (snapshot, context))
        self._evict()

    async def get(self, task_id: str, context: ServerCallContext) -> Task | None:
        key = (self._owner(context), task_id)
        cached = self._live.get(key)
        if cached is not None:
            copy = Task()
            copy.CopyFrom(cached)
            return copy
        if time.monotonic() - self._absent.get(key, -ABSENT_TTL_S) < ABSENT_TTL_S:
            return None
        found = await self.durable.get(task_id, context)
        if found is None:
            self._absent[key] = time.monotonic()
            while len(self._absent) > self.capacity:
                self._absent.popitem(last=False)
        return found

    async def list(self, params: ListTasksRequest, context: ServerCallContext) -> ListTasksResponse:
        await self.flush()
        listed = await self.durable.list(params, context)
        owner = self._owner(context)
        for task in listed.tasks:  # the durable copy may lag a task's newest working note
            cached = self._live.get((owner, task.id))
            if cached is not None:
                task.status.CopyFrom(cached.status)
        return listed

    async def delete(self, task_id: str, context: ServerCallContext) -> None:
        key = (self._owner(context), task_id)
        self._live.pop(key, None)
        self._checkpoints.discard(key)
        self._absent.pop(key, None)
        await self.durable.delete(task_id, context)

    async def flush(self) -> None:
        """Wait until every checkpoint so far is in the durable store."""
        await self._checkpoints.flush()

    async def aclose(self) -> None:
        await self.flush()

    def _evict(self) -> None:
        # Only tasks whose last checkpoint is written may leave memory; the durable store answers for them.
        while len(self._live) > self.capacity:
            key = next((k for k in self._live if not self._checkpoints.is_pending(k)), None)
            if key is None:
                return
            del self._live[key]
