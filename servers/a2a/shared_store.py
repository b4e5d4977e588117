"""SharedTaskStore: the SDK's versioned task store as the replicas of an agent share it.

Two things on top of ``VersionedDatabaseTaskStore``:

- **A task that ended stays ended.** A replica whose save lost to another's (a cancel from another replica)
  reloads the task and goes on saving the events its executor had already queued, on top of the reloaded
  version: a completion would overwrite the cancel the client was told about. So once a save of a task has lost,
  every later save of that task here first reads the stored task, and one on top of an ended task is refused as
  a concurrent change, which makes the replica settle on the stored state. Saves that never lost cost nothing
  more.
- **What each save committed is told to the execution waiting on it** (``settlement.py``), so an execution's
  lease outlives the saves of its events.

New task ids are minted here (``MintedTaskIds``): reading one before its first save needs no round trip.
"""

from __future__ import annotations

from collections import OrderedDict

from a2a.server.cluster import ConcurrentTaskModificationError, StoredTask, TaskVersion, VersionedDatabaseTaskStore
from a2a.server.context import ServerCallContext
from a2a.server.events import Event
from a2a.types import Task, TaskState
from sqlalchemy.ext.asyncio import AsyncEngine

from servers.a2a.settlement import ENDED, Settlement
from servers.a2a.task_store import MintedTaskIds


class SharedTaskStore(VersionedDatabaseTaskStore):
    """The SDK's versioned store, where a task that ended stays ended (see the module docstring)."""

    KEPT = 10_000

    def __init__(self, engine: AsyncEngine) -> None:
        super().__init__(engine)
        self._lost: OrderedDict[str, None] = OrderedDict()  # ids of tasks whose save lost here
        self._settling: dict[str, Settlement] = {}  # task id: the execution of it in progress here
        self.minted = MintedTaskIds()  # for the handler's request context builder: new ids are read from memory

    def settlement(self, task_id: str) -> Settlement:
        """Follow the saves of the execution of ``task_id`` starting now; ``settled`` when it no longer waits."""
        settlement = self._settling[task_id] = Settlement()
        return settlement

    def settled(self, task_id: str, settlement: Settlement) -> None:
        if self._settling.get(task_id) is settlement:
            del self._settling[task_id]

    async def get(self, task_id: str, context: ServerCallContext) -> StoredTask | None:
        if self.minted.fresh(task_id):  # minted here, not saved yet: no replica has it
            return None
        return await super().get(task_id, context)

    async def delete(self, task_id: str, context: ServerCallContext) -> None:
        self.minted.forget(task_id)
        await super().delete(task_id, context)

    async def save(
        self,
        task: Task,
        *,
        event: Event | None = None,
        prev: Task | None = None,
        prev_version: TaskVersion,
        context: ServerCallContext,
    ) -> TaskVersion:
        self.minted.forget(task.id)
        settlement = self._settling.get(task.id)
        try:
            if task.id in self._lost and task.status.state != TaskState.TASK_STATE_CANCELED:
                stored = await self.get(task.id, context)
                if stored is not None and stored.task.status.state in ENDED:
                    raise ConcurrentTaskModificationError(task.id)
            version = await super().save(task, event=event, prev=prev, prev_version=prev_version, context=context)
        except ConcurrentTaskModificationError:
            self._lost[task.id] = None
            while len(self._lost) > self.KEPT:
                self._lost.popitem(last=False)
            if settlement is not None:
                settlement.failed()
            raise
        except BaseException:
            if settlement is not None:
                settlement.failed()
            raise
        if settlement is not None:
            settlement.committed(event, task.status.state)
        return version
