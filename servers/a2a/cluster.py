"""ClusterTasks: an agent's A2A tasks in PostgreSQL, shared by every replica of the agent behind a load balancer.

The SDK's cluster stores do the sharing: ``VersionedDatabaseTaskStore`` writes each event of a task in the same
transaction as the task (compare-and-swap on its version), and ``DatabaseTaskEventStream`` replays that log, so
``DefaultRequestHandler`` on any replica answers ``GetTask``, ``ListTasks``, ``CancelTask``, ``SubscribeToTask``
and a follow-up for a task another replica started. Every save commits before the event goes out, so what a
client was told is stored (the durability contract of ``task_store.py`` holds, without group commit: a
compare-and-swap write cannot be coalesced).

A replica that dies leaves its tasks in progress. Each execution holds a lease on its task
(``agents.storage.leases``); a dead replica's leases expire, and one other replica takes each over and runs the
task again, from the user's last message, on the stored task: a client that resubscribes through the balancer
gets the rest of the events and the final state. Work a task did before its replica died is done again (an agent
has no checkpoints); the orchestrator's does not repeat finished steps, because its run id is the task id (set
on the message when the caller named no run), so running the task again resumes the run from its last
checkpoint.

Each agent's tables live in a PostgreSQL schema of its own (``accord_agent_<name>``): the SDK's table names are
fixed, and every agent shares one database URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import sqlalchemy as sa
from a2a.auth.user import User
from a2a.server.agent_execution import AgentExecutor, RequestContext
from a2a.server.cluster import (
    ConcurrentTaskModificationError,
    DatabaseTaskEventStream,
    StoredTask,
    TaskVersion,
    VersionedDatabaseTaskStore,
)
from a2a.server.context import ServerCallContext
from a2a.server.events import EventQueue
from a2a.server.request_handlers import DefaultRequestHandler
from a2a.types import Message, Role, SendMessageConfiguration, SendMessageRequest, Task, TaskState
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from agents.storage import StorageError, database_url, reading
from agents.storage.leases import DEFAULT_LEASE_S, LeaseKeeper, Leases, LeaseTaken
from servers.a2a.task_store import MintedTaskIds

log = logging.getLogger(__name__)

DEFAULT_POLL_S = 0.25
"""How often a replica tailing another's task looks for its new events."""

RUN_ID_KEYS = ("run_id", "runId")
RESUME_TIMEOUT_S = 30.0
SETTLE_DELAYS_S = (0.0, 0.05, 0.1, 0.25, 0.5, 1.0)

_ENDED = frozenset(
    {
        TaskState.TASK_STATE_COMPLETED,
        TaskState.TASK_STATE_FAILED,
        TaskState.TASK_STATE_CANCELED,
        TaskState.TASK_STATE_REJECTED,
    }
)
_FINISHED = frozenset(
    {
        TaskState.TASK_STATE_COMPLETED,
        TaskState.TASK_STATE_FAILED,
        TaskState.TASK_STATE_CANCELED,
        TaskState.TASK_STATE_REJECTED,
        TaskState.TASK_STATE_INPUT_REQUIRED,
        TaskState.TASK_STATE_AUTH_REQUIRED,
    }
)


def is_cluster_url(url: str) -> bool:
    """Whether tasks at ``url`` are shared by replicas (PostgreSQL) rather than kept by one host (SQLite)."""
    return database_url(url).startswith("postgresql")


def agent_schema(agent_name: str) -> str:
    """The PostgreSQL schema of an agent's tables: a safe identifier whatever the name."""
    cleaned = re.sub(r"[^a-z0-9_]+", "_", agent_name.lower()).strip("_") or "agent"
    return f"accord_agent_{cleaned}"[:63]


class ClusterTasks:
    """The task store, event stream and leases of one agent on PostgreSQL (see the module docstring)."""

    def __init__(
        self,
        url: str,
        agent_name: str,
        *,
        lease_seconds: float = DEFAULT_LEASE_S,
        poll_interval: float = DEFAULT_POLL_S,
        resume_runs: bool = False,
    ) -> None:
        self.schema = agent_schema(agent_name)
        self.engine: AsyncEngine = create_async_engine(
            database_url(url), connect_args={"server_settings": {"search_path": self.schema}}
        )
        self.store = SharedTaskStore(self.engine)
        self.events = DatabaseTaskEventStream(self.engine, poll_interval_s=poll_interval)
        self.leases = Leases(self.engine, agent_name, seconds=lease_seconds)
        self.keeper = LeaseKeeper(self.leases)
        self.resume_runs = resume_runs

    def executor(self, inner: AgentExecutor) -> AgentExecutor:
        """``inner`` run under its task's lease (and, for the orchestrator, with the task id as its run id)."""
        return LeasedExecutor(inner, self.keeper, self.ended, resume_runs=self.resume_runs)

    async def ended(self, task_id: str, owner: str) -> bool:
        """Whether the stored task ended or waits for its caller (or was never stored): nothing left to resume.

        Asked when an execution returns, so the last save may still be on its way: asked again for a moment.
        """
        context = ServerCallContext(user=_Owner(owner))
        for delay in SETTLE_DELAYS_S:
            await asyncio.sleep(delay)
            stored = await self.store.get(task_id, context)
            if stored is None or stored.task.status.state in _FINISHED:
                return True
        return False

    async def open(self) -> None:
        """The schema and tables, created at start-up (replicas starting together may race: they retry once)."""
        for attempt in (1, 2):
            try:
                with reading("task store"):
                    async with self.engine.begin() as conn:
                        await conn.execute(sa.text(f'CREATE SCHEMA IF NOT EXISTS "{self.schema}"'))
                    await self.store.initialize()
                    await self.events.initialize()
                    await self.leases.open()
                return
            except StorageError:
                if attempt == 2:
                    raise
                await asyncio.sleep(0.2)  # another replica was creating the same tables: now they exist

    @contextlib.asynccontextmanager
    async def serving(self, handler: DefaultRequestHandler) -> AsyncIterator[None]:
        """While the app serves: take over the tasks of replicas that died."""
        sweeper = asyncio.get_running_loop().create_task(self._sweep_forever(handler))
        try:
            yield
        finally:
            sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sweeper
            await self.keeper.aclose()

    async def aclose(self) -> None:
        await self.engine.dispose()

    async def _sweep_forever(self, handler: DefaultRequestHandler) -> None:
        period = self.leases.seconds / 3
        while True:
            await asyncio.sleep(period)
            try:
                await self.take_over_expired(handler)
            except Exception:  # the database is out of reach: the next sweep tries again
                log.warning("could not look for tasks left by other replicas", exc_info=True)

    async def take_over_expired(self, handler: DefaultRequestHandler) -> list[str]:
        """Resume every task whose lease expired and that this replica wins; returns their ids."""
        resumed = []
        for lease in await self.leases.expired():
            if not await self.leases.take_over(lease.key):
                continue  # another replica won it
            if self.keeper.holds(lease.key):
                continue  # this replica is working on it (it was slow to renew): the keeper renews it again
            try:
                if await self._resume(handler, lease.key, lease.owner):
                    resumed.append(lease.key)
                    continue
            except Exception:
                log.warning("could not resume task %s", lease.key, exc_info=True)
            await self.leases.release(lease.key)
        return resumed

    async def _resume(self, handler: DefaultRequestHandler, task_id: str, owner: str) -> bool:
        context = ServerCallContext(user=_Owner(owner))
        stored = await self.store.get(task_id, context)
        if stored is None or stored.task.status.state in _FINISHED:
            return False  # never saved, or it ended after all: nothing to resume
        task = stored.task
        last = next((m for m in reversed(task.history) if m.role == Role.ROLE_USER), None)
        if last is None:
            return False
        again = Message()
        again.CopyFrom(last)
        again.message_id = uuid.uuid4().hex
        again.task_id, again.context_id = task.id, task.context_id
        log.warning("resuming task %s, left in progress by a replica that stopped", task_id)
        request = SendMessageRequest(message=again, configuration=SendMessageConfiguration(return_immediately=True))
        await asyncio.wait_for(handler.on_message_send(request, context), RESUME_TIMEOUT_S)
        return True


class SharedTaskStore(VersionedDatabaseTaskStore):
    """The SDK's versioned store, where a task that ended stays ended.

    A replica whose save lost to another's (a cancel from another replica) reloads the task and goes on saving
    the events its executor had already queued, on top of the reloaded version: a completion would overwrite
    the cancel the client was told about. So once a save of a task has lost, every later save of that task here
    first reads the stored task, and one on top of an ended task is refused as a concurrent change, which makes
    the replica settle on the stored state. Saves that never lost cost nothing more.
    """

    KEPT = 10_000

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lost: OrderedDict[str, None] = OrderedDict()  # ids of tasks whose save lost here
        self.minted = MintedTaskIds()  # for the handler's request context builder: new ids are read from memory

    async def get(self, task_id: str, context: ServerCallContext) -> StoredTask | None:
        if self.minted.fresh(task_id):  # minted here, not saved yet: no replica has it
            return None
        return await super().get(task_id, context)

    async def delete(self, task_id: str, context: ServerCallContext) -> None:
        self.minted.forget(task_id)
        await super().delete(task_id, context)

    async def save(  # type: ignore[override]
        self,
        task: Task,
        *,
        event: Any = None,
        prev: Task | None = None,
        prev_version: TaskVersion,
        context: ServerCallContext,
    ) -> TaskVersion:
        self.minted.forget(task.id)
        if task.id in self._lost and task.status.state != TaskState.TASK_STATE_CANCELED:
            stored = await self.get(task.id, context)
            if stored is not None and stored.task.status.state in _ENDED:
                raise ConcurrentTaskModificationError(task.id)
        try:
            return await super().save(task, event=event, prev=prev, prev_version=prev_version, context=context)
        except ConcurrentTaskModificationError:
            self._lost[task.id] = None
            while len(self._lost) > self.KEPT:
                self._lost.popitem(last=False)
            raise


class LeasedExecutor(AgentExecutor):
    """Runs ``inner`` while holding the task's lease, so another replica resumes it only if this one dies.

    An execution that returns with its task neither ended nor waiting for its caller hands the lease off, so the
    task is resumed rather than left in progress.

    A message for a task another live replica is working on does not start a second execution: the request
    answers with the task as it stands. With ``resume_runs`` a new task's message carries its task id as the run
    id (unless the caller named a run), so running the task again resumes its run.
    """

    def __init__(
        self,
        inner: AgentExecutor,
        keeper: LeaseKeeper,
        ended: Callable[[str, str], Awaitable[bool]],
        *,
        resume_runs: bool = False,
    ) -> None:
        self.inner = inner
        self.keeper = keeper
        self.ended = ended
        self.resume_runs = resume_runs

    def __getattr__(self, name: str) -> object:  # the wrapped executor's own settings (max_depth, say)
        return getattr(self.inner, name)

    async def execute(self, context: RequestContext, event_queue: EventQueue) -> None:
        task_id = context.task_id or ""
        if self.resume_runs and context.current_task is None and context.message is not None:
            metadata = context.message.metadata
            if not any(key in metadata.fields for key in RUN_ID_KEYS):
                metadata["run_id"] = task_id
        user = context.call_context.user if context.call_context is not None else None
        owner = user.user_name if user is not None else ""
        try:
            async with self.keeper.hold(task_id, owner) as held:
                await self.inner.execute(context, event_queue)
                # An execution can end with its last events unsaved (its request went away under it): then the
                # task is resumed, here or on another replica, rather than left in progress for ever.
                held.finished = await self.ended(task_id, owner)
        except LeaseTaken:
            log.info("task %s is being worked on by another replica", task_id)

    async def cancel(self, context: RequestContext, event_queue: EventQueue) -> None:
        await self.inner.cancel(context, event_queue)


class _Owner(User):
    """The caller a resumed task belongs to, for the owner-scoped store reads and the run records."""

    def __init__(self, name: str) -> None:
        self.name = name

    @property
    def is_authenticated(self) -> bool:
        return bool(self.name)

    @property
    def user_name(self) -> str:
        return self.name
