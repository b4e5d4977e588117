"""SqlRunStore: records committed before save returns, kept across a reopen, resumable, never dropped silently."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from agents.storage import SqlRunStore, StorageError, database_url
from patterns import Pipeline, Request, RunRecord
from tests.patterns.scripted import Scripted

pytestmark = pytest.mark.anyio


def stored_statuses(path: Path) -> dict[str, str]:
    """What another process would read from the file right now."""
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT run_id, status FROM accord_runs").fetchall())


async def test_sqlite_keeps_records_across_reopen(tmp_path: Path) -> None:
    path = tmp_path / "runs" / "runs.db"
    async with SqlRunStore(path) as store:
        result = await Pipeline([Scripted("a"), Scripted("b")], store=store).send(Request("go", data={"k": 1}))
    async with SqlRunStore(path) as reopened:
        record = await reopened.get(result.run_id)
        assert record is not None and record.status == "completed" and record.output == "b done"
        assert [s.agent for s in record.steps] == ["a", "b"] and record.request["data"] == {"k": 1}
        assert await reopened.get("missing") is None


async def test_a_finished_run_is_on_disk_when_its_result_is_returned(tmp_path: Path) -> None:
    path = tmp_path / "runs.db"
    async with SqlRunStore(path) as store:
        result = await Pipeline([Scripted("a")], store=store).send(Request("go"))
        assert stored_statuses(path) == {result.run_id: "completed"}  # before close: nothing left to flush


async def test_every_checkpoint_is_on_disk_when_save_returns(tmp_path: Path) -> None:
    path = tmp_path / "runs.db"
    async with SqlRunStore(path) as store:
        record = RunRecord(run_id="r1", pattern="pipeline")
        for status in ("running", "completed"):
            record.status = status
            await store.save(record)
            assert stored_statuses(path) == {"r1": status}


async def test_a_noted_checkpoint_rides_with_the_next_save(tmp_path: Path, commits) -> None:
    path = tmp_path / "runs.db"
    async with SqlRunStore(path) as store:
        record = RunRecord(run_id="r1", pattern="router", status="running")
        commits.clear()
        await store.note(record)
        assert stored_statuses(path) == {} and commits == []
        record.status = "completed"
        await store.save(record)
        assert stored_statuses(path) == {"r1": "completed"} and len(commits) == 1


async def test_a_noted_checkpoint_alone_is_committed_soon(tmp_path: Path) -> None:
    path = tmp_path / "runs.db"
    async with SqlRunStore(path) as store:
        await store.note(RunRecord(run_id="r1", pattern="router", status="running"))
        for _ in range(100):  # committed after the store's short submit delay, with no save to ride on
            if stored_statuses(path):
                break
            await asyncio.sleep(0.02)
        assert stored_statuses(path) == {"r1": "running"}


async def test_a_noted_checkpoint_is_written_as_the_run_stands_when_it_commits(tmp_path: Path) -> None:
    path = tmp_path / "runs.db"
    async with SqlRunStore(path) as store:
        record = RunRecord(run_id="r1", pattern="router", status="running")
        await store.note(record)
        record.output = "a step finished meanwhile"  # changed after the note, before its commit
        for _ in range(100):  # committed after the store's short submit delay
            if stored_statuses(path):
                break
            await asyncio.sleep(0.02)
        stored = await store.get("r1")
        assert stored is not None and stored.status == "running" and stored.output == "a step finished meanwhile"


async def test_a_noted_checkpoint_leaves_the_live_records_stamp_alone(tmp_path: Path) -> None:
    # A noted batch may start after the run's final save stamped the record; restamping the live record then would
    # send the caller a stamp that no stored row has.
    path = tmp_path / "runs.db"
    async with SqlRunStore(path) as store:
        record = RunRecord(run_id="r1", pattern="router", status="running")
        await store.note(record)
        stamp = record.updated_at
        for _ in range(100):  # committed after the store's short submit delay
            if stored_statuses(path):
                break
            await asyncio.sleep(0.02)
        stored = await store.get("r1")
        assert stored is not None and stored.updated_at > stamp and record.updated_at == stamp
        await store.save(record)
        stored = await store.get("r1")
        assert stored is not None and stored.updated_at == record.updated_at


async def test_concurrent_runs_share_commits(tmp_path: Path, commits) -> None:
    async with SqlRunStore(tmp_path / "runs.db") as store:
        await store.save(RunRecord(run_id="first", pattern="router"))
        commits.clear()
        await asyncio.gather(*(store.save(RunRecord(run_id=f"r{i}", pattern="router")) for i in range(40)))
        assert 1 <= len(commits) <= 2 and len(stored_statuses(tmp_path / "runs.db")) == 41


async def test_concurrent_saves_on_a_fresh_file_all_land(tmp_path: Path) -> None:
    path = tmp_path / "fresh" / "runs.db"
    async with SqlRunStore(path) as store:
        records = [RunRecord(run_id=f"r{i}", pattern="router", status="completed") for i in range(50)]
        await asyncio.gather(*(store.save(r) for r in records))
        assert len(stored_statuses(path)) == 50


async def test_a_store_used_without_open_creates_its_table_once(tmp_path: Path) -> None:
    store = SqlRunStore(tmp_path / "runs.db")
    try:
        await asyncio.gather(*(store.save(RunRecord(run_id=f"r{i}", pattern="router")) for i in range(8)))
        assert len(await store.list_recent(limit=20)) == 8
    finally:
        await store.close()


async def test_a_failed_commit_fails_the_save(tmp_path: Path) -> None:
    async with SqlRunStore(tmp_path / "runs.db") as store:
        async with store._engine.begin() as conn:  # storage breaks under the store
            await conn.exec_driver_sql("DROP TABLE accord_runs")
        with pytest.raises(StorageError, match="could not store the run record"):
            await store.save(RunRecord(run_id="r1", pattern="router", status="completed"))


async def test_list_recent_is_newest_first(tmp_path: Path) -> None:
    async with SqlRunStore(tmp_path / "runs.db") as store:
        for i in range(3):
            await store.save(RunRecord(run_id=f"r{i}", pattern="router", created_at=f"2026-01-0{i + 1}"))
        assert [r.run_id for r in await store.list_recent(limit=2)] == ["r2", "r1"]


async def test_an_interrupted_run_resumes_without_repeating_finished_steps(tmp_path: Path) -> None:
    path = tmp_path / "runs.db"
    started = asyncio.Event()

    async def block(request: Request) -> str:
        started.set()
        await asyncio.Event().wait()
        return "never"

    first, second, third = Scripted("a"), Scripted("b", block), Scripted("c")
    async with SqlRunStore(path) as store:
        pipeline = Pipeline([first, second, third], store=store)
        task = asyncio.create_task(pipeline.send(Request("go", metadata={"run_id": "run-1"})))
        async with asyncio.timeout(5):
            await started.wait()
        task.cancel()  # the process dies while step 2 runs
        await asyncio.gather(task, return_exceptions=True)

    async with SqlRunStore(path) as store:
        record = await store.get("run-1")
        assert record.status == "running" and [s.status for s in record.steps] == ["completed"]
        again = [Scripted("a"), Scripted("b"), Scripted("c")]
        result = await Pipeline(again, store=store).resume("run-1")
    assert result.ok and result.run_id == "run-1" and result.text == "c done"
    assert [w.calls for w in again] == [0, 1, 1]
    assert [s.resumed for s in result.steps] == [True, False, False]


async def test_step_dependencies_survive_the_store_and_old_records_still_read(tmp_path: Path) -> None:
    async with SqlRunStore(tmp_path / "runs.db") as store:
        result = await Pipeline([Scripted("a"), Scripted("b")], store=store).send(Request("go"))
        saved = (await store.get(result.run_id)).to_dict()
    assert [(s["id"], s["depends_on"]) for s in saved["steps"]] == [("step-1", []), ("step-2", ["step-1"])]
    old = {"run_id": "r", "steps": [{"agent": "a", "id": "step-1", "input": "x"}]}  # written before depends_on
    assert RunRecord.from_dict(old).to_dict()["steps"][0]["depends_on"] == []
    assert RunRecord.from_dict(saved).to_dict()["steps"] == saved["steps"]


def test_database_urls() -> None:
    assert database_url("postgresql://u@h/db") == "postgresql+asyncpg://u@h/db"
    assert database_url("sqlite:///x.db") == "sqlite+aiosqlite:///x.db"
    assert database_url("/tmp/r.db") == "sqlite+aiosqlite:////tmp/r.db"
