"""DurableTaskStore: what a save reports is on disk when it returns; working updates share commits; failures raise."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from a2a.auth.user import User
from a2a.server.context import ServerCallContext
from a2a.server.id_generator import IDGeneratorContext
from a2a.types import ListTasksRequest, Task, TaskState, TaskStatus
from sqlalchemy import Engine, event

from agents.storage import StorageError, open_engine
from servers.a2a.task_store import ANSWERED_AT_REST, DurableTaskStore, MappedTaskStore, MintedTaskIds

pytestmark = pytest.mark.anyio
S = TaskState


class Caller(User):
    def __init__(self, name: str) -> None:
        self.name = name

    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def user_name(self) -> str:
        return self.name


ALICE = ServerCallContext(user=Caller("alice"))


def task(state: TaskState, task_id: str = "t1") -> Task:
    return Task(id=task_id, context_id="c1", status=TaskStatus(state=state))


def on_disk(path: Path) -> dict[str, str]:
    """Each task's state as another process reads the file right now."""
    with sqlite3.connect(path) as db:
        return {i: s for i, s in db.execute("SELECT id, json_extract(status, '$.state') FROM tasks")}


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[DurableTaskStore]:
    engine = open_engine(tmp_path / "tasks.db")
    store = DurableTaskStore(MappedTaskStore(engine))
    await store.initialize()
    yield store
    await store.aclose()
    await engine.dispose()


async def test_a_resting_state_is_on_disk_when_save_returns(store, tmp_path) -> None:
    for state in (S.TASK_STATE_COMPLETED, S.TASK_STATE_INPUT_REQUIRED, S.TASK_STATE_REJECTED):
        await store.save(task(state, f"t-{state}"), ALICE)
        assert on_disk(tmp_path / "tasks.db")[f"t-{state}"] == S.Name(state)


async def test_the_first_save_is_on_disk_and_working_updates_share_one_commit(store, tmp_path, commits) -> None:
    await store.save(task(S.TASK_STATE_SUBMITTED), ALICE)
    assert on_disk(tmp_path / "tasks.db") == {"t1": "TASK_STATE_SUBMITTED"} and len(commits) == 1
    for _ in range(10):
        await store.save(task(S.TASK_STATE_WORKING), ALICE)
    await store.save(task(S.TASK_STATE_COMPLETED), ALICE)
    assert on_disk(tmp_path / "tasks.db") == {"t1": "TASK_STATE_COMPLETED"} and len(commits) == 2


async def test_a_blocking_send_commits_once_at_rest_and_no_sooner(store, tmp_path, commits) -> None:
    blocking = ServerCallContext(user=Caller("alice"), state={ANSWERED_AT_REST: True})
    await store.save(task(S.TASK_STATE_SUBMITTED), blocking)
    await store.save(task(S.TASK_STATE_WORKING), blocking)
    assert on_disk(tmp_path / "tasks.db") == {} and commits == []
    assert (await store.get("t1", blocking)).status.state == S.TASK_STATE_WORKING  # still answered from memory
    await store.save(task(S.TASK_STATE_COMPLETED), blocking)
    assert on_disk(tmp_path / "tasks.db") == {"t1": "TASK_STATE_COMPLETED"} and len(commits) == 1


async def test_a_task_in_progress_is_read_from_memory_and_a_finished_one_from_disk(store) -> None:
    await store.save(task(S.TASK_STATE_SUBMITTED), ALICE)
    await store.save(task(S.TASK_STATE_WORKING), ALICE)  # queued, not waited for
    assert (await store.get("t1", ALICE)).status.state == S.TASK_STATE_WORKING
    await store.save(task(S.TASK_STATE_COMPLETED), ALICE)
    await store.durable.save(task(S.TASK_STATE_FAILED), ALICE)  # changed on disk behind the store's back
    assert (await store.get("t1", ALICE)).status.state == S.TASK_STATE_FAILED


async def test_another_caller_never_reads_the_task(store) -> None:
    await store.save(task(S.TASK_STATE_SUBMITTED), ALICE)
    await store.save(task(S.TASK_STATE_WORKING), ALICE)
    assert await store.get("t1", ServerCallContext(user=Caller("bob"))) is None


async def test_list_includes_every_task_with_its_newest_state(store) -> None:
    await store.save(task(S.TASK_STATE_COMPLETED, "done"), ALICE)
    await store.save(task(S.TASK_STATE_SUBMITTED, "busy"), ALICE)
    await store.save(task(S.TASK_STATE_WORKING, "busy"), ALICE)
    listed = await store.list(ListTasksRequest(), ALICE)
    states = {t.id: t.status.state for t in listed.tasks}
    assert states == {"done": S.TASK_STATE_COMPLETED, "busy": S.TASK_STATE_WORKING}


async def test_a_failed_commit_fails_the_save_instead_of_dropping_it(store) -> None:
    async with store.durable.engine.begin() as conn:  # storage breaks under the store
        await conn.exec_driver_sql("DROP TABLE tasks")
    with pytest.raises(StorageError, match="could not store the task"):
        await store.save(task(S.TASK_STATE_COMPLETED), ALICE)


async def test_a_deleted_task_stays_deleted(store, tmp_path) -> None:
    await store.save(task(S.TASK_STATE_SUBMITTED), ALICE)
    await store.save(task(S.TASK_STATE_WORKING), ALICE)
    await store.delete("t1", ALICE)
    await store.aclose()
    assert on_disk(tmp_path / "tasks.db") == {} and await store.get("t1", ALICE) is None


@pytest.fixture
def statements() -> Iterator[list[str]]:
    """Every SQL statement any SQLAlchemy engine runs while the test runs."""
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    event.listen(Engine, "before_cursor_execute", record)
    yield seen
    event.remove(Engine, "before_cursor_execute", record)


async def test_a_task_id_minted_here_is_absent_without_a_database_read(store, statements) -> None:
    minted = store.minted.generate(IDGeneratorContext())
    sent_by_a_client = "t-from-a-client"
    statements.clear()
    assert await store.get(minted, ALICE) is None and statements == []
    assert await store.get(sent_by_a_client, ALICE) is None and statements  # an id from outside is always read


async def test_a_minted_task_is_read_back_once_saved(store, tmp_path) -> None:
    minted = store.minted.generate(IDGeneratorContext())
    await store.save(task(S.TASK_STATE_COMPLETED, minted), ALICE)
    assert on_disk(tmp_path / "tasks.db") == {minted: "TASK_STATE_COMPLETED"}
    assert (await store.get(minted, ALICE)).status.state == S.TASK_STATE_COMPLETED


async def test_minted_ids_are_unique_and_bounded() -> None:
    minted = MintedTaskIds(capacity=2)
    ids = [minted.generate(IDGeneratorContext()) for _ in range(3)]
    assert len(set(ids)) == 3 and not minted.fresh(ids[0]) and minted.fresh(ids[1]) and minted.fresh(ids[2])
    minted.forget(ids[2])
    assert not minted.fresh(ids[2])
