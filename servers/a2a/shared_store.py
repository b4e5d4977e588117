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

New task ids are minted here (``MintedTaskIds``): reading one before its first save needs no round trip. On
PostgreSQL every save but a cancel is one autocommitted statement (``versioned_writes.py``) instead of the SDK's
six-round-trip ORM transaction; it writes the same rows with the same compare-and-swap, and reads the task's
webhooks for the sender's lookup that follows (``webhooks``: the push config store told what each save read).
A save that acknowledges the task (``acknowledges``) is flushed to disk before it returns; an intermediate one
goes through the ``unacknowledged`` engine, whose commits PostgreSQL flushes shortly after (``cluster.py``).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from typing import Any

from a2a.server.cluster import ConcurrentTaskModificationError, StoredTask, TaskVersion, VersionedDatabaseTaskStore
from a2a.server.context import ServerCallContext
from a2a.server.events import Event
from a2a.types import Task, TaskState
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine

from agents.storage.leases import LeaseKeeper
from servers.a2a import task_store
from servers.a2a.push import SharedConfigStore
from servers.a2a.settlement import ENDED, Settlement
from servers.a2a.task_store import RESTING_STATES, MintedTaskIds
from servers.a2a.versioned_writes import VersionedWrites

TRANSIENT_SQLSTATES = frozenset({"40P01", "40001"})  # deadlock, serialization failure: retried, as the SDK does


class SharedTaskStore(VersionedDatabaseTaskStore):
    """The SDK's versioned store, where a task that ended stays ended (see the module docstring)."""

    KEPT = 10_000

    def __init__(self, engine: AsyncEngine, *, unacknowledged: AsyncEngine | None = None) -> None:
        super().__init__(engine)
        self._lost: OrderedDict[str, None] = OrderedDict()  # ids of tasks whose save lost here
        self._settling: dict[str, Settlement] = {}  # task id: the execution of it in progress here
        self.minted = MintedTaskIds()  # for the handler's request context builder: new ids are read from memory
        postgres = engine.dialect.name == "postgresql"
        self._writes = VersionedWrites(engine, unacknowledged=unacknowledged) if postgres else None
        self.webhooks: SharedConfigStore | None = None  # told the webhooks each save read
        self._keeper: LeaseKeeper | None = None

    @property
    def keeper(self) -> LeaseKeeper | None:
        """Whose leases a task's first save takes (``LeaseKeeper.hold(first_save=True)``)."""
        return self._keeper

    @keeper.setter
    def keeper(self, keeper: LeaseKeeper | None) -> None:
        self._keeper = keeper
        if self._writes is not None:
            self._writes.leases = keeper.leases if keeper is not None else None

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
        if self.webhooks is not None:  # a save that fails, or takes the SDK's path, leaves the lookup to the sender
            self.webhooks.read_at_save(task.id, None)
        try:
            if task.id in self._lost and task.status.state != TaskState.TASK_STATE_CANCELED:
                stored = await self.get(task.id, context)
                if stored is not None and stored.task.status.state in ENDED:
                    raise ConcurrentTaskModificationError(task.id)
            if self._writes is None or task.status.state == TaskState.TASK_STATE_CANCELED:
                version = await super().save(task, event=event, prev=prev, prev_version=prev_version, context=context)
            else:
                acknowledged = acknowledges(task, prev, prev_version, context)
                version = await self._write(task, event, prev_version, context, acknowledged)
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

    async def _write(
        self,
        task: Task,
        event: Event | None,
        prev_version: TaskVersion,
        context: ServerCallContext,
        acknowledged: bool,
    ) -> TaskVersion:
        """The SDK's save of a task that is not being cancelled, as one statement (``versioned_writes.py``)."""
        assert self._writes is not None
        owner = self._db.owner_resolver(context)
        version = 1 if prev_version.is_missing else _counter(prev_version) + 1
        lease = release = None
        keeper = self.keeper
        if keeper is not None:
            leased_to = keeper.unsaved(task.id) if version == 1 else None
            if leased_to is not None:
                lease = keeper.leases.taking(task.id, leased_to)
            elif task.status.state in ENDED and keeper.releasing(task.id):  # nothing left to resume after this
                release = keeper.leases.taking(task.id, "")
        try:
            written = await self._write_once(task, owner, event, version, lease, release, acknowledged)
        except BaseException:
            if release is not None and keeper is not None:
                keeper.released(task.id, False)  # the lease is still there, for the keeper to end
            raise
        if lease is not None and keeper is not None:
            keeper.saved(task.id)
        if self.webhooks is not None:
            self.webhooks.read_at_save(task.id, written)
        return TaskVersion(version)

    async def _write_once(
        self,
        task: Task,
        owner: str,
        event: Event | None,
        version: int,
        lease: dict[str, Any] | None,
        release: dict[str, Any] | None,
        acknowledged: bool,
    ) -> list[dict[str, Any]]:
        """The write, retried on transient contention as the SDK retries; a lost write raises."""
        assert self._writes is not None
        attempts = 0
        while True:
            attempts += 1
            try:
                webhooks = self.webhooks is not None
                written = await self._writes.write(
                    task,
                    owner,
                    event,
                    version,
                    webhooks=webhooks,
                    lease=lease,
                    release=release,
                    acknowledged=acknowledged,
                )
            except DBAPIError as error:
                transient = isinstance(error, OperationalError) or getattr(error.orig, "sqlstate", None) in (
                    TRANSIENT_SQLSTATES
                )
                if not transient or attempts >= self._max_attempts:
                    raise
                await asyncio.sleep(self._retry_delay_s * attempts)
                continue
            if written is None:
                raise ConcurrentTaskModificationError(task.id)
            return written


def acknowledges(task: Task, prev: Task | None, prev_version: TaskVersion, context: ServerCallContext) -> bool:
    """``task_store.acknowledges`` for a versioned save: its first in the request is of a new task or of one that
    was resting."""
    first = prev_version.is_missing or prev is None or prev.status.state in RESTING_STATES
    return task_store.acknowledges(task.status.state, first=first, context=context)


def _counter(version: TaskVersion) -> int:
    """The write count a version of the SDK's database store wraps (read as its own ``_as_int`` reads it)."""
    value = getattr(version, "_value")  # noqa: B009 - no public accessor: callers are meant only to pass it back
    if not isinstance(value, int):
        raise TypeError(f"the versioned task store counts writes, got {value!r}")
    return value
