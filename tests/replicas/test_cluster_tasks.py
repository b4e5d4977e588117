"""Replicas of one agent in one process, on one PostgreSQL database: any replica answers for any task.

Each replica is a full agent app (the SDK's cluster stores, leases, takeover) with an executor that waits on a
gate, so a test decides when a task may finish and on which replica.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

import anyio
import httpx
import pytest
from a2a.client import ClientConfig, ClientFactory
from a2a.helpers import new_task_from_user_message
from a2a.server.agent_execution import AgentExecutor, RequestContext
from a2a.server.events import EventQueue
from a2a.server.tasks import TaskUpdater
from a2a.types import (
    CancelTaskRequest,
    GetTaskRequest,
    ListTasksRequest,
    Part,
    SendMessageConfiguration,
    SendMessageRequest,
    SubscribeToTaskRequest,
    Task,
    TaskState,
)

from agents.a2a_client import task_text, user_message
from agents.storage import open_engine
from servers.a2a.app import build_agent_app
from servers.a2a.card import agent_card
from tests.support.servers import free_port, running

pytestmark = [pytest.mark.anyio, pytest.mark.postgres]

SCHEMA = "accord_agent_calculator"


class Gated(AgentExecutor):
    """Says it is working, waits for its gate, then answers ``done: <input>``. Counts its executions."""

    def __init__(self, *, open_gate: bool = False) -> None:
        self.gate = asyncio.Event()
        if open_gate:
            self.gate.set()
        self.started = asyncio.Event()
        self.cancelled = asyncio.Event()
        self.runs = 0

    async def execute(self, context: RequestContext, event_queue: EventQueue) -> None:
        self.runs += 1
        task = context.current_task
        if task is None:
            task = new_task_from_user_message(context.message)
            await event_queue.enqueue_event(task)
        updater = TaskUpdater(event_queue, task.id, task.context_id)
        await updater.start_work(updater.new_agent_message([Part(text="working")]))
        self.started.set()
        try:
            await self.gate.wait()
        except asyncio.CancelledError:
            self.cancelled.set()
            raise
        await updater.add_artifact([Part(text=f"done: {context.get_user_input()}")], name="answer", last_chunk=True)
        await updater.complete()

    async def cancel(self, context: RequestContext, event_queue: EventQueue) -> None:
        task = context.current_task
        await TaskUpdater(event_queue, task.id, task.context_id).cancel()


class Replica:
    """Clients of one replica: ``calls`` answers at once (send, get, list, cancel), ``streams`` streams."""

    def __init__(self, calls, streams) -> None:
        self.calls = calls
        self.streams = streams


@contextlib.asynccontextmanager
async def replica(url: str, executor: Gated) -> AsyncIterator[Replica]:
    port = free_port()
    card = agent_card("calculator", f"http://127.0.0.1:{port}")
    app = build_agent_app(contextlib.nullcontext(), card, task_store_url=url, executor=executor, lease_seconds=1.0)
    async with running(app, port), httpx.AsyncClient(timeout=20) as http:
        yield Replica(
            ClientFactory(ClientConfig(streaming=False, httpx_client=http)).create(card),
            ClientFactory(ClientConfig(streaming=True, httpx_client=http)).create(card),
        )


async def send_and_return(client: Replica, text: str) -> Task:
    request = SendMessageRequest(
        message=user_message(text), configuration=SendMessageConfiguration(return_immediately=True)
    )
    async for event in client.calls.send_message(request):
        return event.task
    raise AssertionError("no task came back")


async def wait_for_state(client: Replica, task_id: str, state: int, timeout: float = 15.0) -> Task:
    with anyio.fail_after(timeout):
        while True:
            task = await client.calls.get_task(GetTaskRequest(id=task_id))
            if task.status.state == state:
                return task
            await anyio.sleep(0.05)


async def test_another_replica_reads_lists_and_streams_a_task_running_elsewhere(pg_url: str) -> None:
    a, b = Gated(), Gated(open_gate=True)
    async with replica(pg_url, a) as on_a, replica(pg_url, b) as on_b:
        started = await send_and_return(on_a, "hello")
        await a.started.wait()
        seen = await wait_for_state(on_b, started.id, TaskState.TASK_STATE_WORKING)
        assert seen.id == started.id
        listed = await on_b.calls.list_tasks(ListTasksRequest())
        assert started.id in [task.id for task in listed.tasks]

        states: list[int] = []

        async def follow() -> None:
            async for event in on_b.streams.subscribe(SubscribeToTaskRequest(id=started.id)):
                kind = event.WhichOneof("payload")
                if kind == "status_update":
                    states.append(event.status_update.status.state)

        async with anyio.create_task_group() as tg:
            tg.start_soon(follow)
            await anyio.sleep(0.5)  # the subscription on B is tailing A's events
            a.gate.set()
        done = await on_b.calls.get_task(GetTaskRequest(id=started.id))
    assert states[-1] == TaskState.TASK_STATE_COMPLETED
    assert done.status.state == TaskState.TASK_STATE_COMPLETED and task_text(done) == "done: hello"
    assert (a.runs, b.runs) == (1, 0)


async def test_a_replica_cancels_a_task_another_replica_is_running(pg_url: str) -> None:
    a, b = Gated(), Gated(open_gate=True)
    async with replica(pg_url, a) as on_a, replica(pg_url, b) as on_b:
        started = await send_and_return(on_a, "cancel me")
        await a.started.wait()
        cancelled = await on_b.calls.cancel_task(CancelTaskRequest(id=started.id))
        assert cancelled.status.state == TaskState.TASK_STATE_CANCELED
        a.gate.set()  # A's next save loses to the cancel: the task stays cancelled
        await anyio.sleep(0.5)
        final = await on_a.calls.get_task(GetTaskRequest(id=started.id))
    assert final.status.state == TaskState.TASK_STATE_CANCELED


async def test_a_task_left_by_a_replica_that_stopped_is_resumed_by_exactly_one_other(pg_url: str) -> None:
    a, b, c = Gated(), Gated(open_gate=True), Gated(open_gate=True)
    async with replica(pg_url, b) as on_b, replica(pg_url, c):
        async with replica(pg_url, a) as on_a:
            started = await send_and_return(on_a, "resume me")
            await a.started.wait()
        # A stopped with the task in progress: B or C takes it over, once.
        done = await wait_for_state(on_b, started.id, TaskState.TASK_STATE_COMPLETED)
        await anyio.sleep(1.5)  # time for a second takeover, if the lease let one happen
    assert task_text(done) == "done: resume me"
    assert (a.runs, b.runs + c.runs) == (1, 1)


async def test_a_replica_that_lost_its_lease_stops_working_on_the_task(pg_url: str) -> None:
    a = Gated()
    async with replica(pg_url, a) as on_a:
        started = await send_and_return(on_a, "mine no more")
        await a.started.wait()
        engine = open_engine(pg_url)
        async with engine.begin() as conn:  # another replica holds it now, for an hour
            await conn.exec_driver_sql(
                f"UPDATE {SCHEMA}.accord_leases SET holder = 'other', expires_at = expires_at + 3600 WHERE key = $1",
                (started.id,),
            )
        with anyio.fail_after(10):
            await a.cancelled.wait()
        a.gate.set()
        await anyio.sleep(0.5)
        still = await on_a.calls.get_task(GetTaskRequest(id=started.id))
        async with engine.connect() as conn:
            holder = (
                await conn.exec_driver_sql(f"SELECT holder FROM {SCHEMA}.accord_leases WHERE key = $1", (started.id,))
            ).scalar()
        await engine.dispose()
    assert still.status.state == TaskState.TASK_STATE_WORKING  # left to the lease's holder, not finished here
    assert holder == "other"
