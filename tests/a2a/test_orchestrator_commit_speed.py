"""A blocking send to the orchestrator commits the run's final record alongside the task's resting save, and still
answers only once both are on disk; a record that cannot be stored still fails the request."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from a2a.client.errors import A2AClientError
from a2a.utils.errors import InternalError

from agents.a2a_client import A2AConnection, task_data
from agents.orchestrator import Orchestrator
from agents.settings import Settings
from agents.storage import SqlRunStore
from patterns.records import RunRecord
from servers.a2a.hosting import orchestrator_app
from tests.a2a.conftest import served
from tests.patterns.scripted import Scripted

pytestmark = pytest.mark.anyio
BASE = "http://orchestrator.test"
ROUTED = {"pattern": "router", "agents": ["calc"]}


class SlowRuns(SqlRunStore):
    """Run records whose commits take ``delay`` seconds, noting when each final save returned and committed."""

    def __init__(self, path: Path, delay: float = 0.3) -> None:
        super().__init__(path)
        self.delay = delay
        self.returned: list[float] = []
        self.committed: list[float] = []

    async def save(self, record: RunRecord) -> None:
        await super().save(record)
        if record.status != "running":
            self.returned.append(time.monotonic())

    async def _write(self, values: Sequence[dict[str, Any] | RunRecord]) -> None:
        await asyncio.sleep(self.delay)
        await super()._write(values)
        self.committed.append(time.monotonic())


def stored_status(path: Path, run_id: str) -> str | None:
    """The run's status as another process reads it now."""
    with sqlite3.connect(path) as db:
        row = db.execute("SELECT record FROM accord_runs WHERE run_id = ?", (run_id,)).fetchone()
    return json.loads(row[0])["status"] if row else None


async def after_a_while(request: object) -> str:
    await asyncio.sleep(0.2)  # a worker over the network: the task store has saved the new task by the end
    return "4"


@pytest.mark.parametrize("streaming", [False, True])
async def test_the_answer_leaves_once_the_final_run_record_is_on_disk(tmp_path: Path, streaming: bool) -> None:
    store = SlowRuns(tmp_path / "runs.db")
    orchestrator = Orchestrator(workers=[Scripted("calc", after_a_while)], store=store)
    app = orchestrator_app(Settings(data_dir=tmp_path), BASE, orchestrator=orchestrator)
    async with served(app, BASE) as http, A2AConnection(BASE, http=http, streaming=streaming) as agent:
        task = await agent.send("What is 2 + 2?", metadata=ROUTED)
        answered = time.monotonic()
        [record] = [d for d in task_data(task) if isinstance(d, dict) and "steps" in d]
        assert record["status"] == "completed"
        assert stored_status(tmp_path / "runs.db", record["run_id"]) == "completed"
        assert store.committed and store.committed[-1] <= answered
        if not streaming:  # nobody sees the run's events: its final save only queued its commit
            assert store.returned[-1] < store.committed[-1]
        else:  # a stream sees the answer's artifact before the task rests: the record is committed first
            assert store.returned[-1] >= store.committed[-1]


def refuse_writes(path: Path) -> None:
    with sqlite3.connect(path) as db:
        for verb in ("INSERT", "UPDATE"):
            db.execute(f"CREATE TRIGGER refuse_{verb} BEFORE {verb} ON accord_runs BEGIN SELECT RAISE(ABORT, 'x'); END")


async def test_a_final_run_record_that_cannot_be_stored_fails_the_blocking_send(tmp_path: Path) -> None:
    store = SqlRunStore(tmp_path / "runs.db")
    orchestrator = Orchestrator(workers=[Scripted("calc", "4")], store=store)
    app = orchestrator_app(Settings(data_dir=tmp_path), BASE, orchestrator=orchestrator)
    async with served(app, BASE) as http, A2AConnection(BASE, http=http, streaming=False) as agent:
        refuse_writes(tmp_path / "runs.db")  # the table exists: the app opened its store at start-up
        with pytest.raises((A2AClientError, InternalError)):
            await agent.send("What is 2 + 2?", metadata=ROUTED)
