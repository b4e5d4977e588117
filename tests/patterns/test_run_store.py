import asyncio
from pathlib import Path

import pytest

from patterns import InMemoryRunStore, Pipeline, Request, RunRecord, SqlRunStore, Step, Supervisor, Task
from patterns.database import database_url
from tests.patterns.scripted import Scripted
from tests.patterns.test_supervisor import FixedPlanner

pytestmark = pytest.mark.anyio


async def test_sqlite_keeps_records_across_reopen(tmp_path: Path) -> None:
    path = tmp_path / "runs" / "runs.db"
    async with SqlRunStore(path) as store:
        result = await Pipeline([Scripted("a"), Scripted("b")], store=store).send(Request("go", data={"k": 1}))
    async with SqlRunStore(path) as reopened:
        record = await reopened.get(result.run_id)
        assert record is not None and record.status == "completed" and record.output == "b done"
        assert [s.agent for s in record.steps] == ["a", "b"] and record.request["data"] == {"k": 1}
        assert await reopened.get("missing") is None


async def test_record_json_has_the_public_shape() -> None:
    store = InMemoryRunStore()
    result = await Pipeline([Scripted("a")], store=store).send(Request("go"))
    shape = (await store.get(result.run_id)).to_dict()
    assert {"run_id", "pattern", "status", "output", "steps", "usage", "plan", "error", "created_at"} <= set(shape)
    assert {"agent", "input", "output", "status", "latency_ms", "tokens"} <= set(shape["steps"][0])
    assert shape["pattern"] == "pipeline" and shape["steps"][0]["tokens"] == 15


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


async def test_resume_reuses_the_stored_plan() -> None:
    store = InMemoryRunStore()
    planner = FixedPlanner(Task("1", "a", "x"), Task("2", "b", "y", ("1",)))
    workers = [Scripted("x"), Scripted("y", RuntimeError("down"))]
    failed = await Supervisor(workers, planner=planner, store=store).send(Request("go"))
    assert failed.status == "partial"
    again = [Scripted("x"), Scripted("y")]
    result = await Supervisor(again, planner=planner, store=store).resume(failed.run_id)
    assert result.ok and planner.calls == 1 and [w.calls for w in again] == [0, 1]


async def test_resume_of_an_unknown_run_is_an_error() -> None:
    with pytest.raises(LookupError):
        await Pipeline([Scripted("a")], store=InMemoryRunStore()).resume("nope")


def test_database_urls() -> None:
    assert database_url("postgresql://u@h/db") == "postgresql+asyncpg://u@h/db"
    assert database_url("sqlite:///x.db") == "sqlite+aiosqlite:///x.db"
    assert database_url("/tmp/r.db") == "sqlite+aiosqlite:////tmp/r.db"


def test_steps_round_trip_through_json() -> None:
    step = Step(agent="a", input="i", steps=[Step(agent="b", input="j", status="failed", error="e")])
    assert Step.from_dict(step.to_dict()) == step


async def test_step_dependencies_survive_the_store_and_old_records_still_read(tmp_path: Path) -> None:
    async with SqlRunStore(tmp_path / "runs.db") as store:
        result = await Pipeline([Scripted("a"), Scripted("b")], store=store).send(Request("go"))
        saved = (await store.get(result.run_id)).to_dict()
    assert [(s["id"], s["depends_on"]) for s in saved["steps"]] == [("step-1", []), ("step-2", ["step-1"])]
    old = {"run_id": "r", "steps": [{"agent": "a", "id": "step-1", "input": "x"}]}  # written before depends_on
    assert RunRecord.from_dict(old).to_dict()["steps"][0]["depends_on"] == []
    assert RunRecord.from_dict(saved).to_dict()["steps"] == saved["steps"]
