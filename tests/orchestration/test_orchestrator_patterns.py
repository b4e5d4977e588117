"""Router, supervisor and fan-out over real sockets: a real registry, real specialists, the orchestrator agent."""

from __future__ import annotations

import anyio
import pytest

from agents.a2a_client import A2AConnection, state_name, task_data, task_text
from servers.cli import main as accord
from tests.orchestration.conftest import SUMMARIZER_CARD, WRITER_CARD

pytestmark = pytest.mark.anyio

TEXT = (
    "Solar panels convert sunlight into electricity. Their prices fell sharply over the last decade. "
    "Many households now install them on their roofs. Storage batteries help use the power at night."
)


async def ask(url: str, text: str, metadata: dict | None = None, on_update=None):
    with anyio.fail_after(30):
        async with A2AConnection(url, streaming=on_update is not None, timeout_s=30) as agent:
            task = await agent.send(text, metadata=metadata, on_update=on_update)
    record = next(d for d in task_data(task) if isinstance(d, dict) and "steps" in d)
    return task, record


async def test_the_router_sends_a_math_question_to_the_calculator(mesh):
    await mesh.specialist("calculator")
    await mesh.specialist("summarizer", SUMMARIZER_CARD)
    url = await mesh.orchestrator_agent()
    task, record = await ask(url, "What is 17% of 2,340?")
    assert state_name(task) == "completed" and record["pattern"] == "router"
    assert [s["agent"] for s in record["steps"]] == ["calculator"]
    assert "397.8" in task_text(task)
    assert set(record) >= {"run_id", "pattern", "status", "output", "steps", "usage"}
    assert set(record["steps"][0]) >= {"agent", "input", "output", "status", "latency_ms", "tokens"}


async def test_the_orchestrator_streams_each_step_with_the_workers_name(mesh):
    await mesh.specialist("calculator")
    url = await mesh.orchestrator_agent()
    updates: list[str] = []

    async def collect(event):
        if event.HasField("status_update") and event.status_update.status.HasField("message"):
            updates.extend(p.text for p in event.status_update.status.message.parts if p.text)

    task, record = await ask(url, "What is 2^10?", on_update=collect)
    assert record["status"] == "completed"
    assert any(u.startswith("step started: calculator") for u in updates)
    assert any(u.startswith("step finished: calculator (completed") for u in updates)


async def test_a_compound_request_goes_to_the_supervisor_which_splits_it(mesh):
    await mesh.specialist("calculator")
    await mesh.specialist("summarizer", SUMMARIZER_CARD)
    await mesh.specialist("writer", WRITER_CARD)
    url = await mesh.orchestrator_agent()
    task, record = await ask(url, "Calculate 12% of 850; then write a one-line note saying that is our snack budget")
    assert record["pattern"] == "supervisor" and record["status"] == "completed"
    assert [s["agent"] for s in record["steps"]] == ["calculator", "writer"]
    assert record["plan"]["tasks"][1]["depends_on"] == ["1"]
    assert "102" in task_text(task)


async def test_a_fanout_asks_every_named_agent_at_once(mesh):
    await mesh.specialist("calculator")
    await mesh.specialist("summarizer", SUMMARIZER_CARD)
    await mesh.specialist("writer", WRITER_CARD)
    url = await mesh.orchestrator_agent()
    metadata = {"pattern": "fanout", "agents": ["calculator", "summarizer"]}
    task, record = await ask(url, f"Summarize this text: {TEXT}", metadata)
    assert record["pattern"] == "fanout" and record["status"] == "partial"
    steps = {s["agent"]: s["status"] for s in record["steps"]}
    # Each agent gets the whole request: the summarizer accounts for it, the calculator honestly cannot.
    assert steps == {"calculator": "rejected", "summarizer": "completed"}
    assert "## summarizer" in task_text(task) and "calculator" in task_text(task).split("Not finished:")[1]


async def test_an_unknown_agent_name_fails_clearly(mesh):
    await mesh.specialist("calculator")
    url = await mesh.orchestrator_agent()
    task, record = await ask(url, "What is 1 + 1?", {"agents": ["nobody"]})
    assert state_name(task) == "failed" and "nobody" in record["error"]


async def test_the_orchestrator_never_routes_to_itself(mesh):
    await mesh.specialist("calculator")
    url = await mesh.orchestrator_agent()
    task, record = await ask(url, "Route this request to the best agent", {"pattern": "fanout"})
    assert [s["agent"] for s in record["steps"]] == ["calculator"]


async def test_accord_orchestrate_exits_with_how_the_run_ended(mesh, capsys):
    await mesh.specialist("calculator")
    await mesh.specialist("summarizer", SUMMARIZER_CARD)
    url = await mesh.orchestrator_agent()

    def orchestrate(*argv: str) -> int:
        return accord(["orchestrate", *argv, "--url", url, "--timeout", "30"])

    answered = await anyio.to_thread.run_sync(orchestrate, "What is 6 times 7?", "--pattern", "router")
    declined = await anyio.to_thread.run_sync(
        orchestrate, "What is the capital of Peru?", "--pattern", "router", "--agents", "calculator"
    )
    partial = await anyio.to_thread.run_sync(
        orchestrate, f"Summarize this text: {TEXT}", "--pattern", "fanout", "--agents", "calculator,summarizer"
    )
    assert (answered, declined, partial) == (0, 5, 3)
    assert "42" in capsys.readouterr().out


async def test_accord_ask_of_the_orchestrator_exits_partial_for_a_partial_run(mesh, capsys):
    await mesh.specialist("calculator")
    await mesh.specialist("summarizer", SUMMARIZER_CARD)
    url = await mesh.orchestrator_agent()

    def ask_it(message: str) -> int:
        return accord(["ask", url, message, "--timeout", "30"])

    partial = await anyio.to_thread.run_sync(
        ask_it, "Work out 6 times 7, and also summarise the email I sent you yesterday."
    )
    captured = capsys.readouterr()
    assert partial == 3, captured.out
    assert "42" in captured.out and "Not finished" in captured.out
    assert "the task ended partial" in captured.err
