"""DurableTaskStore: the SDK's ``DatabaseTaskStore`` behind group commit and an in-memory view of live tasks.

The SDK saves a task at every event and hands the event to its subscribers (the response being built, the
stream) only after that save returns. So what a save waits for is what the answer can report. Guaranteed:

- **Resting states are committed before the save returns**: completed, failed, canceled, rejected,
  input-required, auth-required. A blocking send answers with one of these, so its answer never reports a
  task that is not on disk.
- **A task's first save in a request is committed before it returns** (a new task, or one leaving a resting
  state for a follow-up message). That is the task a non-blocking send returns and the first event of a
  stream, so an acknowledged task id is always found by ``GetTask`` after a crash, in at least that state.
  A blocking send acknowledges nothing before its resting state (``AnsweringRequestHandler`` marks its call
  context), so its first save rides with the next commit instead, and is usually superseded by the last.
- **Intermediate saves are coalesced**: the saves that follow a non-resting save of the same task (working
  notes, artifact chunks) are queued for the next group commit without waiting, and superseded by the newer
  saves of the task. A crash can lose only such intermediate states (which a streaming client may have seen);
  the resting save that ends the request commits the whole task.
- **A failed commit fails the save loudly** with ``StorageError``: the SDK then marks the task failed and the
  request answers with an error. Nothing is acknowledged that was not stored.
- **Commits handed over are waited for**: a resting save also waits for the commits in the call context's
  ``PENDING_COMMITS`` (the orchestrator's final run record, ``agents.storage.runs.commits_awaited_by``), which
  run alongside its own, so the answer carrying that record leaves only once both are on disk.

Concurrent saves of different tasks share one transaction (``agents.storage.GroupCommit``), so concurrency does
not pay one commit per request; an intermediate state no save waits for is committed within 50 ms. Rows are
written and read through the store's own connection (``agents.storage.SqlRows``) with the SDK's row mapping
both ways, so ``DatabaseTaskStore`` reads them as its own. Tasks in progress are answered from memory (copies);
memory holds only those, and a task leaves it once its resting state is committed. A task id minted by this
process (``MintedTaskIds``) is known to be absent until its first save, so reading it costs no round trip.
The table is created by ``initialize`` at start-up. This is the one-host store (SQLite); replicas on
PostgreSQL use the SDK's cluster stores instead (``cluster.py``: compare-and-swap writes, which cannot be
coalesced); the handler takes either.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import sqlalchemy as sa
from a2a.server.context import ServerCallContext
from a2a.server.id_generator import IDGenerator, IDGeneratorContext
from a2a.server.models import TaskModel
from a2a.server.request_handlers import DefaultRequestHandler
from a2a.server.tasks import DatabaseTaskStore, TaskStore
from a2a.types import ListTasksRequest, ListTasksResponse, Message, SendMessageRequest, Task, TaskState

from agents.storage import GroupCommit, SqlRows, StorageError, reading

RESTING_STATES = frozenset(
    {
        TaskState.TASK_STATE_COMPLETED,
        TaskState.TASK_STATE_FAILED,
        TaskState.TASK_STATE_CANCELED,
        TaskState.TASK_STATE_REJECTED,
        TaskState.TASK_STATE_INPUT_REQUIRED,
        TaskState.TASK_STATE_AUTH_REQUIRED,
    }
)

ANSWERED_AT_REST = "accord.answered_at_rest"  # call-context state: this request acknowledges only a resting task
PENDING_COMMITS = "accord.pending_commits"
"""Call-context state: other commits (a run record's) that this request's resting save waits for, alongside its own."""
AWAITS_PENDING = "accord.awaits_pending_commits"
"""Call-context state: set by the first save of a request in a store whose resting save waits for ``PENDING_COMMITS``
(``DurableTaskStore``); a host may hand commits over only when it is set (a cluster store does not wait for them)."""

ABSENT_TTL_S = 1.0
ABSENT_CAPACITY = 10_000

Key = tuple[str, str]  # (owner, task id): the durable store scopes tasks by owner, so the view does too


def acknowledges(state: TaskState, *, first: bool, context: ServerCallContext) -> bool:
    """Whether a save is what the request reports as stored, so it must be durable when the save returns.

    A resting state (what a blocking send answers with), and the ``first`` save of a request that answers before
    the task rests (a new task, or one leaving a resting state, in a non-blocking send or a stream: what it
    reports). The saves between are intermediate: a newer save of the task supersedes them.
    """
    if state in RESTING_STATES:
        return True
    return first and not context.state.get(ANSWERED_AT_REST)


class MintedTaskIds(IDGenerator):
    """Mints the id of each new task (a random UUID, as the SDK does) and remembers it until the task is saved.

    The request handler reads a task id before the task's first save; for an id minted here a moment ago that
    read can only find nothing (122 random bits: no other process, replica or client has it), so a store answers
    it from memory (``fresh``) instead of a database round trip. Ids a client sends are never minted here and are
    always read. Give it to the handler as ``SimpleRequestContextBuilder(task_id_generator=...)``; the store
    forgets an id at its first save (or delete), and the oldest ids beyond ``capacity`` (requests that failed
    before saving) so memory stays bounded. Only ever used from the event loop's thread.
    """

    def __init__(self, capacity: int = ABSENT_CAPACITY) -> None:
        self.capacity = capacity
        self._ids: OrderedDict[str, None] = OrderedDict()

    def generate(self, context: IDGeneratorContext) -> str:
        task_id = str(uuid.uuid4())
        self._ids[task_id] = None
        while len(self._ids) > self.capacity:
            self._ids.popitem(last=False)
        return task_id

    def fresh(self, task_id: str) -> bool:
        """Whether ``task_id`` was minted here and has not been saved (nor deleted) since: no store has it."""
        return task_id in self._ids

    def forget(self, task_id: str) -> None:
        """``task_id`` is being saved (or deleted): from now on the database answers for it."""
        self._ids.pop(task_id, None)


class AnsweringRequestHandler(DefaultRequestHandler):
    """The SDK's handler, marking a blocking send's call context: its answer is the task at rest, nothing sooner.

    A non-blocking send, a stream and every other method acknowledge the task as soon as it exists.
    """

    async def on_message_send(self, params: SendMessageRequest, context: ServerCallContext) -> Message | Task:
        if not params.configuration.return_immediately:
            context.state[ANSWERED_AT_REST] = True
        # Its decorator leaves the SDK's method untyped.
        send: Callable[..., Awaitable[Message | Task]] = getattr(super(), "on_message_send")  # noqa: B009
        return await send(params, context)


class MappedTaskStore(DatabaseTaskStore):
    """The SDK's ``DatabaseTaskStore``, with its mapping between tasks and rows open to ``DurableTaskStore``."""

    def to_model(self, task: Task, owner: str) -> TaskModel:
        return self._to_orm(task, owner)

    def from_model(self, model: TaskModel) -> Task:
        return self._from_orm(model)


class DurableTaskStore(TaskStore):
    def __init__(self, durable: MappedTaskStore) -> None:
        self.durable = durable
        self._owner = durable.owner_resolver
        table = durable.task_model.__table__
        assert isinstance(table, sa.Table)  # a declarative model's table (typed as any selectable)
        self._table: sa.Table = table
        self._columns = [(p.key, p.columns[0].key) for p in sa.inspect(durable.task_model).column_attrs]
        self._live: dict[Key, Task] = {}
        # Ids the database just said it lacks, and when: the SDK asks three times for an id it is about to create.
        # Kept briefly, in case another process sharing the database creates that id.
        self._absent: OrderedDict[Key, float] = OrderedDict()
        self.minted = MintedTaskIds()  # for the handler's request context builder
        self._rows = SqlRows(durable.engine)
        self._commits: GroupCommit[Key, tuple[Task, str]] = GroupCommit(self._write, what="task")

    async def initialize(self) -> None:
        """Create the table: at start-up, never under load (concurrent first requests would race for it)."""
        with reading("task store"):
            await self.durable.initialize()

    async def save(self, task: Task, context: ServerCallContext) -> None:
        owner = self._owner(context)
        key = (owner, task.id)
        snapshot = Task()
        snapshot.CopyFrom(task)
        before = self._live.get(key)
        self._absent.pop(key, None)
        self.minted.forget(task.id)
        context.state[AWAITS_PENDING] = True
        if snapshot.status.state in RESTING_STATES:
            try:
                own = self._commits.save(key, (snapshot, owner))
                pending: list[Awaitable[None]] = context.state.pop(PENDING_COMMITS, None) or []
                # The answer leaves when this returns: after the task's commit and every commit handed over (a
                # run's final record), which run at the same time; any that failed fails the save.
                await asyncio.gather(own, *pending) if pending else await own
            finally:
                # Committed (or failed): the database answers for it now. A newer save may have come meanwhile.
                if self._live.get(key) is before:
                    self._live.pop(key, None)
            return
        self._live[key] = snapshot
        if acknowledges(snapshot.status.state, first=before is None, context=context):
            await self._commits.save(key, (snapshot, owner))
        else:
            self._commits.submit(key, (snapshot, owner))

    async def _write(self, tasks: Sequence[tuple[Task, str]]) -> None:
        # The SDK's own row mapping, so the rows read back exactly as if DatabaseTaskStore had saved them.
        rows = [self._row(self.durable.to_model(task, owner)) for task, owner in tasks]
        await self._rows.write(self._table, rows)

    def _row(self, model: TaskModel) -> dict[str, Any]:
        return {column: getattr(model, attribute) for attribute, column in self._columns}

    async def get(self, task_id: str, context: ServerCallContext) -> Task | None:
        key = (self._owner(context), task_id)
        live = self._live.get(key)
        if live is not None:
            copy = Task()
            copy.CopyFrom(live)
            return copy
        if self.minted.fresh(task_id):
            return None
        if time.monotonic() - self._absent.get(key, -ABSENT_TTL_S) < ABSENT_TTL_S:
            return None
        found = await self._read(task_id, key[0])
        if found is None:
            self._absent[key] = time.monotonic()
            while len(self._absent) > ABSENT_CAPACITY:
                self._absent.popitem(last=False)
        return found

    async def _read(self, task_id: str, owner: str) -> Task | None:
        """The stored task, read like ``DatabaseTaskStore.get`` but in one hop to the store's own connection."""
        t = self._table
        columns = [t.c[column] for _, column in self._columns]
        with reading("task"):
            rows = await self._rows.read(sa.select(*columns).where(t.c.id == task_id, t.c.owner == owner))
        if not rows:
            return None
        model = self.durable.task_model(**{attribute: rows[0][i] for i, (attribute, _) in enumerate(self._columns)})
        return self.durable.from_model(model)  # the SDK's own mapping back

    async def list(self, params: ListTasksRequest, context: ServerCallContext) -> ListTasksResponse:
        await self._settle()
        with reading("tasks"):
            listed = await self.durable.list(params, context)
        owner = self._owner(context)
        for task in listed.tasks:  # the stored copy of a task in progress may lag its newest working note
            live = self._live.get((owner, task.id))
            if live is not None:
                task.status.CopyFrom(live.status)
        return listed

    async def delete(self, task_id: str, context: ServerCallContext) -> None:
        key = (self._owner(context), task_id)
        self._live.pop(key, None)
        self._absent.pop(key, None)
        self.minted.forget(task_id)
        self._commits.discard(key)
        await self._settle()  # a commit in flight must not bring the task back after the delete
        with reading("task"):
            await self.durable.delete(task_id, context)

    async def _settle(self) -> None:
        """Wait for the commits queued so far. One that failed was already reported to the saves that needed it."""
        with contextlib.suppress(StorageError):
            await self._commits.flush()

    async def aclose(self) -> None:
        """Wait for the commits in flight; later saves are refused."""
        try:
            await self._commits.aclose()
        finally:
            await self._rows.close()
