"""The same stores on a real PostgreSQL server (ACCORD_TEST_POSTGRES_URL); skipped without one."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator

import pytest
from a2a.server.cluster import ConcurrentTaskModificationError, TaskVersion, VersionedDatabaseTaskStore
from a2a.server.context import ServerCallContext
from a2a.server.tasks import DatabaseTaskStore
from a2a.types import Task, TaskPushNotificationConfig, TaskState, TaskStatus, TaskStatusUpdateEvent

from agents.storage import SqlRunStore, open_engine
from agents.storage.leases import LeaseKeeper, Leases
from patterns import RunRecord
from servers.a2a.push import SharedConfigStore
from servers.a2a.shared_store import SharedTaskStore
from servers.a2a.task_store import DurableTaskStore, MappedTaskStore

pytestmark = [pytest.mark.anyio, pytest.mark.postgres]


@pytest.fixture
async def url() -> AsyncIterator[str]:
    url = os.environ.get("ACCORD_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("set ACCORD_TEST_POSTGRES_URL to a PostgreSQL database to run the PostgreSQL tests")
    engine = open_engine(url)
    async with engine.begin() as conn:  # a clean slate: the tables belong to this test, and so do their versions
        await conn.exec_driver_sql(
            "DROP TABLE IF EXISTS accord_runs, tasks, accord_schema, push_notification_configs, "
            "task_versions, task_events, accord_leases"
        )
    await engine.dispose()
    yield url


async def test_concurrent_run_records_are_all_committed_and_replaced_in_place(url: str) -> None:
    async with SqlRunStore(url) as runs:
        await asyncio.gather(*(runs.save(RunRecord(run_id=f"r{i}", pattern="router")) for i in range(30)))
        await runs.save(RunRecord(run_id="r1", pattern="router", status="completed"))
    async with SqlRunStore(url) as reopened:
        assert len(await reopened.list_recent(limit=50)) == 30
        assert (await reopened.get("r1")).status == "completed"


async def test_tasks_saved_together_read_back_through_the_sdk_store(url: str) -> None:
    engine = open_engine(url)
    store, context = DurableTaskStore(MappedTaskStore(engine)), ServerCallContext()
    await store.initialize()
    states = (TaskState.TASK_STATE_SUBMITTED, TaskState.TASK_STATE_WORKING, TaskState.TASK_STATE_COMPLETED)
    for state in states:
        await asyncio.gather(*(store.save(Task(id=f"t{i}", status=TaskStatus(state=state)), context) for i in range(8)))
    found = [await DatabaseTaskStore(engine).get(f"t{i}", context) for i in range(8)]
    await store.aclose()
    await engine.dispose()
    assert [task.status.state for task in found] == [TaskState.TASK_STATE_COMPLETED] * 8


async def test_a_webhook_one_replica_registers_is_dispatched_to_by_another(url: str) -> None:
    engines = [open_engine(url), open_engine(url)]
    try:
        registering, dispatching = (SharedConfigStore(engine) for engine in engines)
        await registering.initialize()
        await dispatching.initialize()
        assert await dispatching.get_info_for_dispatch("t-1") == []  # read before: nothing is remembered
        config = TaskPushNotificationConfig(id="c1", task_id="t-1", url="https://example.com/hook", token="x")
        await registering.set_info("t-1", config, ServerCallContext())
        assert [c.url for c in await dispatching.get_info_for_dispatch("t-1")] == ["https://example.com/hook"]
        await registering.delete_info("t-1", ServerCallContext())
        assert await dispatching.get_info_for_dispatch("t-1") == []
    finally:
        for engine in engines:
            await engine.dispose()


async def test_shared_store_writes_read_back_through_the_sdk_and_lose_to_a_concurrent_write(url: str) -> None:
    engine = open_engine(url)
    store, context = SharedTaskStore(engine), ServerCallContext()
    await store.initialize()
    try:
        task = Task(id="t-1", context_id="c-1", status=TaskStatus(state=TaskState.TASK_STATE_SUBMITTED))
        first = await store.save(task, prev_version=TaskVersion.MISSING, context=context)
        with pytest.raises(ConcurrentTaskModificationError):  # a second first write of the same task
            await store.save(task, prev_version=TaskVersion.MISSING, context=context)
        working = TaskStatusUpdateEvent(task_id="t-1", context_id="c-1")
        working.status.state = TaskState.TASK_STATE_WORKING
        task.status.CopyFrom(working.status)
        second = await store.save(task, event=working, prev_version=first, context=context)
        with pytest.raises(ConcurrentTaskModificationError):  # written over a version that is no longer stored
            await store.save(task, prev_version=first, context=context)
        stored = await VersionedDatabaseTaskStore(engine).get("t-1", context)
        assert stored is not None
        assert (stored.task.status.state, stored.version) == (TaskState.TASK_STATE_WORKING, second)
        assert second.is_after(first)
        async with engine.connect() as conn:  # only the status update was an event: it is logged at its version
            logged = await conn.exec_driver_sql("SELECT task_version FROM task_events WHERE task_id = 't-1'")
            assert [TaskVersion(v) for (v,) in logged.all()] == [second]
    finally:
        await engine.dispose()


async def test_the_webhooks_a_save_read_answer_the_sender_s_next_lookup_and_only_that_one(url: str) -> None:
    engines = [open_engine(url), open_engine(url)]
    store, context = SharedTaskStore(engines[0]), ServerCallContext()
    store.webhooks = configs = SharedConfigStore(engines[0])
    elsewhere = SharedConfigStore(engines[1])  # another replica's
    await store.initialize()
    await configs.initialize()
    try:
        task = Task(id="t-2", context_id="c-2", status=TaskStatus(state=TaskState.TASK_STATE_WORKING))
        version = await store.save(task, prev_version=TaskVersion.MISSING, context=context)
        hook = TaskPushNotificationConfig(id="h1", task_id="t-2", url="https://example.com/hook", token="x")
        await elsewhere.set_info("t-2", hook, context)  # after the save read the webhooks: it found none
        assert await configs.get_info_for_dispatch("t-2") == []
        assert [c.url for c in await configs.get_info_for_dispatch("t-2")] == [hook.url]  # read from the table
        await store.save(task, prev_version=version, context=context)
        await elsewhere.delete_info("t-2", context)
        assert [c.id for c in await configs.get_info_for_dispatch("t-2")] == ["h1"]  # as the save found them
        assert await configs.get_info_for_dispatch("t-2") == []
    finally:
        for engine in engines:
            await engine.dispose()


async def test_a_new_task_s_lease_is_taken_by_its_first_save_and_ended_by_its_last(url: str) -> None:
    engine = open_engine(url)
    store, context = SharedTaskStore(engine), ServerCallContext()
    leases = Leases(engine, "calculator")
    store.keeper = keeper = LeaseKeeper(leases)
    await store.initialize()
    await leases.open()

    async def holders() -> list[str]:
        async with engine.connect() as conn:
            return [h for (h,) in (await conn.exec_driver_sql("SELECT holder FROM accord_leases")).all()]

    try:
        task = Task(id="t-3", context_id="c-3", status=TaskStatus(state=TaskState.TASK_STATE_WORKING))
        async with keeper.hold("t-3", first_save=True):
            assert await holders() == []  # nothing stored, nothing leased
            version = await store.save(task, prev_version=TaskVersion.MISSING, context=context)
            assert await holders() == [leases.holder]
            task.status.state = TaskState.TASK_STATE_COMPLETED
            await store.save(task, prev_version=version, context=context)
            assert await holders() == []  # the save of its end ended the lease: nothing to resume
        assert await holders() == []
        with pytest.raises(asyncio.CancelledError):  # cancelled before its first save: handed off all the same
            async with keeper.hold("t-4", first_save=True):
                raise asyncio.CancelledError
        assert [e.key for e in await leases.expired()] == ["t-4"]
    finally:
        await keeper.aclose()
        await engine.dispose()
