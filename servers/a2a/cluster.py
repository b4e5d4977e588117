"""ClusterTasks: an agent's A2A tasks in PostgreSQL, shared by every replica of the agent behind a load balancer.

The SDK's cluster stores do the sharing: ``VersionedDatabaseTaskStore`` writes each event of a task in the same
transaction as the task (compare-and-swap on its version), and ``DatabaseTaskEventStream`` replays that log, so
``DefaultRequestHandler`` on any replica answers ``GetTask``, ``ListTasks``, ``CancelTask``, ``SubscribeToTask``
and a follow-up for a task another replica started. Every save commits before the event goes out, so every
replica sees what a client was told. The durability contract of ``task_store.py`` holds, without group commit (a
compare-and-swap write cannot be coalesced): a save that acknowledges the task (its resting state, or the first
save of a request that answers before the task rests) waits for PostgreSQL to flush its commit to disk; the
other, intermediate saves commit asynchronously (``synchronous_commit = off`` on a pool of their own), so they are
visible at once and survive a replica's crash, and only a crash of the database server itself within a fraction
of a second may lose them, as it may lose an intermediate state kept on SQLite. Each save is one statement
(``shared_store.py``, ``versioned_writes.py``).

A replica that dies leaves its tasks in progress. Each execution holds a lease on its task
(``agents.storage.leases``) from its first save (before it, for a task not minted here) until its last is
committed (``leased_executor.py``), so a task stored in progress always has a lease on it; a dead replica's
leases expire, and one other replica takes each over and runs the task again, from the user's last message, on
the stored task: a client that resubscribes through the balancer gets the rest of the events and the final
state. Work a task did before its replica died is done again (an agent has no checkpoints); the orchestrator's
does not repeat finished steps, because its run id is the task id (set on the message when the caller named no
run), so running the task again resumes the run from its last checkpoint.

Each agent's tables live in a PostgreSQL schema of its own (``accord_agent_<name>``): the SDK's table names are
fixed, and every agent shares one database URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import uuid
from collections.abc import AsyncGenerator

import sqlalchemy as sa
from a2a.auth.user import User
from a2a.server.agent_execution import AgentExecutor
from a2a.server.cluster import DatabaseTaskEventStream
from a2a.server.context import ServerCallContext
from a2a.server.request_handlers import RequestHandler
from a2a.types import Message, Role, SendMessageConfiguration, SendMessageRequest
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from agents.storage import StorageError, database_url, reading
from agents.storage.leases import DEFAULT_LEASE_S, LeaseKeeper, Leases
from servers.a2a.leased_executor import LeasedExecutor
from servers.a2a.settlement import FINISHED
from servers.a2a.shared_store import SharedTaskStore

log = logging.getLogger(__name__)

DEFAULT_POLL_S = 0.25
"""How often a replica tailing another's task looks for its new events."""

RESUME_TIMEOUT_S = 30.0

POOL_SIZE = 16
"""Connections a replica keeps open. Each request holds one only for a statement at a time, so this many serve as
many concurrent requests without waiting; past the pool, a connection is opened for a statement and closed after
it (a new PostgreSQL backend each time: at SQLAlchemy's default of 5, requests at concurrency 16 spent more on
connecting than on their statements). As many more may be opened for a burst."""


def _engine(url: str, settings: dict[str, str]) -> AsyncEngine:
    """A pool of connections to ``url`` whose sessions start with these server ``settings``."""
    return create_async_engine(
        database_url(url), connect_args={"server_settings": settings}, pool_size=POOL_SIZE, max_overflow=POOL_SIZE
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
        self.engine = _engine(url, {"search_path": self.schema})
        # intermediate saves: committed and visible at once, flushed to disk by the server shortly after
        self.unacknowledged = _engine(url, {"search_path": self.schema, "synchronous_commit": "off"})
        self.store = SharedTaskStore(self.engine, unacknowledged=self.unacknowledged)
        self.events = DatabaseTaskEventStream(self.engine, poll_interval_s=poll_interval)
        self.leases = Leases(self.engine, agent_name, seconds=lease_seconds)
        self.keeper = LeaseKeeper(self.leases)
        self.store.keeper = self.keeper  # a task minted here takes its lease with its first save
        self.resume_runs = resume_runs

    def executor(self, inner: AgentExecutor) -> AgentExecutor:
        """``inner`` run under its task's lease (and, for the orchestrator, with the task id as its run id)."""
        return LeasedExecutor(inner, self.keeper, self.store, self.ended, resume_runs=self.resume_runs)

    async def ended(self, task_id: str, owner: str) -> bool:
        """Whether the stored task ended or waits for its caller (or was never stored): nothing left to resume."""
        stored = await self.store.get(task_id, ServerCallContext(user=_Owner(owner)))
        return stored is None or stored.task.status.state in FINISHED

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
    async def serving(self, handler: RequestHandler) -> AsyncGenerator[None]:
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
        await self.unacknowledged.dispose()

    async def _sweep_forever(self, handler: RequestHandler) -> None:
        period = self.leases.seconds / 3
        while True:
            await asyncio.sleep(period)
            try:
                await self.take_over_expired(handler)
            except Exception:  # the database is out of reach: the next sweep tries again
                log.warning("could not look for tasks left by other replicas", exc_info=True)

    async def take_over_expired(self, handler: RequestHandler) -> list[str]:
        """Resume every task whose lease expired and that this replica wins; returns their ids."""
        resumed: list[str] = []
        for lease in await self.leases.expired():
            if not await self.leases.take_over(lease.key):
                continue  # another replica won it
            if self.keeper.holds(lease.key):
                continue  # this replica is working on it (it was slow to renew): the keeper renews it again
            try:
                if await self._resume(handler, lease.key, lease.owner):
                    resumed.append(lease.key)
                else:
                    await self.leases.release(lease.key)
            except Exception:
                log.warning("could not resume task %s: it is for the next sweep", lease.key, exc_info=True)
                if not self.keeper.holds(lease.key):  # released, it would be left in progress for ever
                    await self.leases.hand_off(lease.key)
        return resumed

    async def _resume(self, handler: RequestHandler, task_id: str, owner: str) -> bool:
        context = ServerCallContext(user=_Owner(owner))
        stored = await self.store.get(task_id, context)
        if stored is None or stored.task.status.state in FINISHED:
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
