"""`accord serve` as a real process on a real socket, its tools as a real stdio MCP subprocess."""

import subprocess
import sys

import pytest
from a2a.types import TaskState

from agents.a2a_client import A2AConnection, task_text
from tests.support.servers import accord_process, free_port

pytestmark = pytest.mark.anyio


async def test_a_served_calculator_answers_and_its_tasks_survive_a_restart(tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    args = ["serve", "calculator", "--port", str(port), "--data-dir", str(tmp_path), "--stdio-tools"]
    with accord_process(args, ready_url=f"{url}/.well-known/agent-card.json"):
        async with A2AConnection(url) as agent:
            percent = await agent.send("What is 17% of 2,340?")
            celsius = await agent.send("Convert 72 degrees Fahrenheit to Celsius")
    assert task_text(percent).splitlines()[0] == "397.8"
    assert task_text(celsius).startswith("22.22")

    with accord_process(args, ready_url=f"{url}/.well-known/agent-card.json"):
        async with A2AConnection(url) as agent:
            remembered = await agent.get_task(percent.id)
    assert remembered.status.state == TaskState.TASK_STATE_COMPLETED
    assert task_text(remembered).splitlines()[0] == "397.8"


def test_accord_ask_prints_the_answer(tmp_path):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with accord_process(["serve", "calculator", "--port", str(port)], ready_url=f"{url}/.well-known/agent-card.json"):
        done = subprocess.run(
            [sys.executable, "-m", "servers.cli", "ask", url, "What is 17% of 2,340?", "--stream"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "397.8"
    assert "Calling solve" in done.stderr
