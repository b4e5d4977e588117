"""Acknowledged means durable: SIGKILL a real agent right after it answered, restart it, and find every answer.

As each answer arrives, the test reads the agent's database file (as another process would) and finds what the
answer reports already committed. Then it kills the real ``accord serve`` process with SIGKILL (no shutdown hook
runs, nothing is flushed) the moment its last answer arrived, and reads what it acknowledged: tasks through
``GetTask`` after a restart, run records from the orchestrator's database file.
"""

from __future__ import annotations

import os
import signal
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from subprocess import Popen

import anyio
import httpx
import pytest
from a2a.types import TaskState

from agents.a2a_client import A2AConnection, state_name, task_data, task_text
from agents.storage import SqlRunStore
from tests.orchestration.conftest import mesh_at
from tests.orchestration.test_orchestrator_failures import serve_process, wait_registered
from tests.support.servers import accord_process, free_port

pytestmark = pytest.mark.anyio


@contextmanager
def calculator(data_dir: Path) -> Iterator[tuple[str, Popen]]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    args = ["serve", "calculator", "--port", str(port), "--data-dir", str(data_dir)]
    with accord_process(args, ready_url=f"{url}/.well-known/agent-card.json", timeout_s=40) as process:
        yield url, process


async def send_all(url: str, texts: list[str], concurrency: int, check: Callable, **options) -> list:
    """Send every text, ``concurrency`` at a time; ``check`` each answer as it arrives; the answers in order."""
    answers: list = [None] * len(texts)
    limit = anyio.Semaphore(concurrency)
    async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=concurrency)) as http:
        async with A2AConnection(url, http=http, streaming=False, timeout_s=30) as agent:

            async def one(i: int) -> None:
                async with limit:
                    answers[i] = await agent.send(texts[i], **options)
                check(answers[i])

            async with anyio.create_task_group() as group:
                for i in range(len(texts)):
                    group.start_soon(one, i)
    return answers


def committed(path: Path, query: str) -> Callable[[str], str | None]:
    """What ``query`` reads for one id from the file at ``path`` right now, through a connection of its own."""

    def read(key: str) -> str | None:
        with sqlite3.connect(path) as db:
            row = db.execute(query, (key,)).fetchone()
        return row[0] if row else None

    return read


def kill(process: Popen) -> None:
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(10)


async def test_no_acknowledged_task_is_lost_when_the_agent_is_killed(tmp_path: Path) -> None:
    texts = [f"What is {i} + 1000?" for i in range(300)]
    query = "SELECT json_extract(status, '$.state') FROM tasks WHERE id = ?"
    state_on_disk = committed(tmp_path / "agents/calculator/tasks.db", query)

    def check(task) -> None:
        assert state_on_disk(task.id) == TaskState.Name(task.status.state)

    with anyio.fail_after(90), calculator(tmp_path) as (url, process):
        answered = await send_all(url, texts, 16, check)  # a fresh data dir: these are its first requests
        kill(process)
    assert all(state_name(task) == "completed" for task in answered)
    with anyio.fail_after(60), calculator(tmp_path) as (url, _):
        async with A2AConnection(url, streaming=False) as agent:
            kept = [await agent.get_task(task.id) for task in answered]
    assert [state_name(task) for task in kept] == ["completed"] * 300
    assert [task_text(task).splitlines()[0] for task in kept] == [str(i + 1000) for i in range(300)]


def run_of(task) -> dict:
    return next(d for d in task_data(task) if isinstance(d, dict) and "steps" in d)


async def test_no_acknowledged_run_is_lost_or_left_running_when_the_orchestrator_is_killed(tmp_path: Path) -> None:
    route = {"pattern": "router", "agents": ["calculator"]}
    async with mesh_at(tmp_path) as mesh:
        await mesh.specialist("calculator")
        port = free_port()
        with anyio.fail_after(90), serve_process("orchestrator", mesh, port) as process:
            await wait_registered(mesh.registry_url, "orchestrator")
            url = f"http://127.0.0.1:{port}"
            status_on_disk = committed(tmp_path / "runs.db", "SELECT status FROM accord_runs WHERE run_id = ?")

            def check(task) -> None:
                assert status_on_disk(run_of(task)["run_id"]) == run_of(task)["status"]

            texts = [f"What is {i} * 3?" for i in range(64)]
            answered = await send_all(url, texts, 16, check, metadata=route)
            answered += await send_all(url, ["What is 5 * 5?"] * 3, 1, check, metadata=route)
            kill(process)
    told = {run_of(task)["run_id"]: run_of(task)["status"] for task in answered}
    assert len(told) == 67 and set(told.values()) == {"completed"}
    async with SqlRunStore(tmp_path / "runs.db") as runs:
        stored = {run_id: (await runs.get(run_id)) for run_id in told}
    assert {run_id: record.status for run_id, record in stored.items() if record} == told
