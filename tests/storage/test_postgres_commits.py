"""Which task saves on PostgreSQL wait for the disk: those a request reports as stored, and no others."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from typing import Any

import pytest
from a2a.server.cluster import TaskVersion
from a2a.server.context import ServerCallContext
from a2a.types import Task, TaskState, TaskStatus
from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from agents.storage import database_url, open_engine
from servers.a2a.cluster import ClusterTasks
from servers.a2a.shared_store import SharedTaskStore, acknowledges
from servers.a2a.task_store import ANSWERED_AT_REST

pytestmark = pytest.mark.anyio

WORKING, INPUT, DONE = TaskState.TASK_STATE_WORKING, TaskState.TASK_STATE_INPUT_REQUIRED, TaskState.TASK_STATE_COMPLETED


def _task(state: TaskState) -> Task:
    return Task(id="t", context_id="c", status=TaskStatus(state=state))


def _context(blocking: bool) -> ServerCallContext:
    context = ServerCallContext()
    if blocking:
        context.state[ANSWERED_AT_REST] = True
    return context


@pytest.mark.parametrize("blocking", [True, False])
def test_a_resting_state_is_always_acknowledged(blocking: bool) -> None:
    for state in (DONE, INPUT, TaskState.TASK_STATE_FAILED, TaskState.TASK_STATE_REJECTED):
        assert acknowledges(_task(state), _task(WORKING), TaskVersion(3), _context(blocking))


def test_the_first_save_is_acknowledged_only_when_the_request_answers_before_the_task_rests() -> None:
    new, follow_up = (None, TaskVersion.MISSING), (_task(INPUT), TaskVersion(4))
    for prev, version in (new, follow_up):
        assert acknowledges(_task(WORKING), prev, version, _context(blocking=False))  # a stream, a non-blocking send
        assert not acknowledges(_task(WORKING), prev, version, _context(blocking=True))  # answered at rest


@pytest.mark.parametrize("blocking", [True, False])
def test_a_save_between_the_first_and_the_rest_is_intermediate(blocking: bool) -> None:
    assert not acknowledges(_task(WORKING), _task(WORKING), TaskVersion(2), _context(blocking))


@pytest.fixture
async def url() -> AsyncIterator[str]:
    url = os.environ.get("ACCORD_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("set ACCORD_TEST_POSTGRES_URL to a PostgreSQL database to run the PostgreSQL tests")
    engine = open_engine(url)
    async with engine.begin() as conn:  # a clean slate: the tables belong to this test
        await conn.exec_driver_sql("DROP TABLE IF EXISTS tasks, task_versions, task_events")
    await engine.dispose()
    yield url


def _writes_through(engine: AsyncEngine, label: str, seen: list[str]) -> None:
    def record(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if "task_versions" in statement:
            seen.append(label)

    event.listen(engine.sync_engine, "before_cursor_execute", record)


async def _synchronous_commit(engine: AsyncEngine) -> str:
    async with engine.connect() as conn:
        return str((await conn.exec_driver_sql("SHOW synchronous_commit")).scalar())


@pytest.mark.postgres
async def test_intermediate_saves_commit_without_waiting_for_the_disk_and_the_rest_wait(url: str) -> None:
    durable = open_engine(url)
    relaxed = create_async_engine(database_url(url), connect_args={"server_settings": {"synchronous_commit": "off"}})
    store = SharedTaskStore(durable, unacknowledged=relaxed)
    await store.initialize()
    seen: list[str] = []
    _writes_through(durable, "disk", seen)
    _writes_through(relaxed, "later", seen)
    try:
        assert (await _synchronous_commit(durable), await _synchronous_commit(relaxed)) == ("on", "off")

        async def request(task: Task, states: list[TaskState], version: TaskVersion, blocking: bool) -> TaskVersion:
            context = _context(blocking)
            for state in states:
                prev = Task()
                prev.CopyFrom(task)
                task.status.state = state
                version = await store.save(
                    task, prev=None if version.is_missing else prev, prev_version=version, context=context
                )
            return version

        task = Task(id="t-1", context_id="c-1", status=TaskStatus(state=TaskState.TASK_STATE_SUBMITTED))
        version = await request(task, [WORKING, WORKING, INPUT], TaskVersion.MISSING, blocking=True)
        assert seen == ["later", "later", "disk"]  # a blocking send answers with the resting state only
        seen.clear()
        await request(task, [WORKING, WORKING, DONE], version, blocking=False)
        assert seen == ["disk", "later", "disk"]  # a stream reports its first save at once
        stored = await store.get("t-1", ServerCallContext())
        assert stored is not None and stored.task.status.state == DONE
    finally:
        await durable.dispose()
        await relaxed.dispose()


@pytest.mark.postgres
async def test_a_cluster_s_intermediate_saves_go_through_sessions_that_do_not_wait_for_the_disk(url: str) -> None:
    tasks = ClusterTasks(url, "calculator")
    try:
        assert await _synchronous_commit(tasks.engine) == "on"
        assert await _synchronous_commit(tasks.unacknowledged) == "off"
    finally:
        await tasks.aclose()
