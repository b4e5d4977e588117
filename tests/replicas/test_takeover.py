"""No task is stored in progress without a lease on it: a replica that dies at any moment leaves it to another.

The SDK saves what an executor enqueued after the executor enqueued it, so an execution returns while its
events are still on their way to the store; a replica that dies then must leave a lease behind. These tests
make a replica "die" in-process at chosen moments: from then on nothing of it reaches the database (its saves
and its lease statements fail), as with a SIGKILL.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import anyio
import httpx
import pytest
from a2a.client import ClientConfig, ClientFactory
from a2a.server.agent_execution import RequestContext
from a2a.server.cluster import TaskVersion
from a2a.server.context import ServerCallContext
from a2a.server.events import EventQueue
from a2a.types import Message, Part, Role, Task, TaskState, TaskStatus
from starlette.applications import Starlette

from agents.storage import StorageError
from agents.storage.leases import Leases
from servers.a2a.app import build_agent_app
from servers.a2a.card import agent_card
from servers.a2a.cluster import ClusterTasks
from tests.replicas.test_cluster_tasks import Gated, Replica, replica, send_and_return, wait_for_state
from tests.support.servers import free_port, running

pytestmark = [pytest.mark.anyio, pytest.mark.postgres]

LEASE_STATEMENTS = ("acquire", "renew", "release", "hand_off", "expired", "take_over")


def die(cluster: ClusterTasks, monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on nothing of this replica reaches the database: it is as good as killed."""

    async def dead(*args: Any, **kwargs: Any) -> Any:
        raise StorageError("this replica is dead")

    monkeypatch.setattr(cluster.store, "save", dead)
    for name in LEASE_STATEMENTS:
        monkeypatch.setattr(cluster.leases, name, dead)


@contextlib.asynccontextmanager
async def replica_app(url: str, executor: Gated) -> AsyncIterator[tuple[Replica, Starlette]]:
    """A replica (as ``test_cluster_tasks.replica``) and its app, for a test to reach into."""
    port = free_port()
    card = agent_card("calculator", f"http://127.0.0.1:{port}")
    app = build_agent_app(contextlib.nullcontext(), card, task_store_url=url, executor=executor, lease_seconds=1.0)
    async with running(app, port), httpx.AsyncClient(timeout=20) as http:
        client = Replica(
            ClientFactory(ClientConfig(streaming=False, httpx_client=http)).create(card),
            ClientFactory(ClientConfig(streaming=True, httpx_client=http)).create(card),
        )
        yield client, app


async def test_a_task_acknowledged_before_its_execution_was_saved_is_taken_over_when_its_replica_dies(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = Gated(open_gate=True), Gated(open_gate=True)
    async with replica(pg_url, b) as on_b, replica_app(pg_url, a) as (on_a, app_a):
        cluster: ClusterTasks = app_a.state.cluster
        store_save = cluster.store.save
        saves_may_go = asyncio.Event()

        async def first_save_then_die(task: Task, **kwargs: Any) -> Any:
            await saves_may_go.wait()  # the consumer lags behind the executor
            version = await store_save(task, **kwargs)
            die(cluster, monkeypatch)  # the replica dies just after its first save is committed
            return version

        monkeypatch.setattr(cluster.store, "save", first_save_then_die)
        leased = app_a.state.handler.agent_executor
        execute = leased.execute
        executed = asyncio.Event()

        async def execute_and_tell(context: RequestContext, queue: EventQueue) -> None:
            await execute(context, queue)
            executed.set()

        monkeypatch.setattr(leased, "execute", execute_and_tell)
        async with anyio.create_task_group() as tg:
            acknowledged: list[Task] = []

            async def send() -> None:
                acknowledged.append(await send_and_return(on_a, "acknowledged, then lost"))

            tg.start_soon(send)
            with anyio.fail_after(10):
                await executed.wait()  # the execution returned: none of its events is stored yet
            saves_may_go.set()
        task_id = acknowledged[0].id  # the send was answered: the task is stored, in progress
        done = await wait_for_state(on_b, task_id, TaskState.TASK_STATE_COMPLETED, timeout=20)
    assert done.artifacts[0].parts[0].text == "done: acknowledged, then lost"
    assert (a.runs, b.runs) == (1, 1)


class FailsOnce:
    """A request handler whose first resume fails (the database blinked), then resumes."""

    def __init__(self) -> None:
        self.sent: list[str] = []

    async def on_message_send(self, request: Any, context: ServerCallContext) -> None:
        self.sent.append(request.message.task_id)
        if len(self.sent) == 1:
            raise StorageError("the database blinked")


async def test_a_task_whose_resume_failed_is_resumed_at_the_next_sweep(pg_url: str) -> None:
    cluster = ClusterTasks(pg_url, "calculator", lease_seconds=1.0)
    await cluster.open()
    try:
        context = ServerCallContext()
        message = Message(message_id="m1", role=Role.ROLE_USER, parts=[Part(text="resume me")])
        task = Task(id="t1", context_id="c1", status=TaskStatus(state=TaskState.TASK_STATE_WORKING), history=[message])
        await cluster.store.save(task, prev_version=TaskVersion.MISSING, context=context)
        dead = Leases(cluster.engine, "calculator", seconds=1.0)
        await dead.acquire("t1")
        await dead.hand_off("t1")  # its replica stopped: the lease is expired
        handler = FailsOnce()
        first = await cluster.take_over_expired(handler)  # type: ignore[arg-type]
        second = await cluster.take_over_expired(handler)  # type: ignore[arg-type]
    finally:
        await cluster.aclose()
    assert (first, second) == ([], ["t1"])
    assert handler.sent == ["t1", "t1"]
