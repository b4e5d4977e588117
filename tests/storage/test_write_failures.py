"""A write that fails fails the request that needed it, in words fit for the caller; nothing is dropped quietly."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx
import pytest
from a2a.client.errors import A2AClientError
from a2a.utils.errors import InternalError

from agents.a2a_client import A2AConnection
from agents.models import LocalModel
from agents.orchestrator import Orchestrator
from agents.settings import Settings
from agents.spec import builtin_spec
from agents.storage import SqlRunStore, StorageError
from patterns import Request
from servers.a2a.hosting import agent_app
from tests.patterns.scripted import Scripted

pytestmark = pytest.mark.anyio
BASE = "http://agent.test"


def refuse_writes(path: Path, table: str) -> None:
    """Make every insert and update of ``table`` fail, as a full or broken disk would; reads still work."""
    with sqlite3.connect(path) as db:
        for verb in ("INSERT", "UPDATE"):
            db.execute(f"CREATE TRIGGER refuse_{verb} BEFORE {verb} ON {table} BEGIN SELECT RAISE(ABORT, 'full'); END")


async def test_a_task_that_cannot_be_stored_fails_the_request(tmp_path: Path) -> None:
    app = agent_app(builtin_spec("calculator"), Settings(data_dir=tmp_path), BASE, model=LocalModel())
    async with app.router.lifespan_context(app):
        refuse_writes(tmp_path / "agents" / "calculator" / "tasks.db", "tasks")
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE, timeout=10) as http:
            async with A2AConnection(BASE, http=http, streaming=False) as agent:
                with pytest.raises((A2AClientError, InternalError)) as raised:
                    await agent.send("What is 2 + 2?")
    # An internal error to the caller, by reference: what failed (the store) is in the log, never the SQL.
    assert "Internal error (reference" in str(raised.value) and "SQL" not in str(raised.value)


async def test_a_run_record_that_cannot_be_stored_fails_the_orchestration(tmp_path: Path) -> None:
    store = SqlRunStore(tmp_path / "runs.db")
    async with Orchestrator(workers=[Scripted("calc")], store=store) as orchestrator:
        refuse_writes(tmp_path / "runs.db", "accord_runs")  # the table exists: the orchestrator opened its store
        with pytest.raises(StorageError, match="could not store the run record"):
            await orchestrator.send(Request("What is 2 + 2?", metadata={"pattern": "router", "agents": ["calc"]}))
