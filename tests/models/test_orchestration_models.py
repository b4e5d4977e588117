"""The orchestrator on the same model as its workers: its own calls counted, budgets held, offline kept offline."""

import pytest

from agents.a2a_client import A2AConnection, state_name, task_data
from agents.models import select_model
from agents.settings import Settings
from agents.spec import builtin_spec
from tests.models.conftest import claude, team
from tests.support import fake_anthropic
from tests.support.fake_anthropic import text_reply, tool_reply
from tests.support.servers import running

pytestmark = pytest.mark.anyio

PLAN = {
    "tasks": [
        {"id": "1", "text": "Compute 2+2", "worker": "calculator", "depends_on": []},
        {"id": "2", "text": "Write a toast", "worker": "writer", "depends_on": []},
        {"id": "3", "text": "Summarize the toast", "worker": "summarizer", "depends_on": ["2"]},
    ]
}
REQUEST = "Compute 2+2; write a toast, then summarize the toast"
WORKERS = ["calculator", "writer", "summarizer"]


def planned(plan_usage=None):
    def reply(body):
        if (body.get("tool_choice") or {}).get("name") == "make_plan":
            return {**tool_reply("make_plan", PLAN), **({"usage": plan_usage} if plan_usage else {})}
        return text_reply(f"Done: {body['messages'][0]['content'][0]['text'][:40]}")

    return reply


def record_of(task):
    return next(d for d in task_data(task) if isinstance(d, dict) and "run_id" in d)


def tokens(usage):
    return sum(usage[k] for k in ("input_tokens", "output_tokens", "cache_read_tokens", "cache_write_tokens"))


async def test_usage_adds_up_over_three_steps_and_the_orchestrators_own_planning(tmp_path):
    app = fake_anthropic.create_app(script=[planned()])
    async with running(app) as fake, team(tmp_path) as mesh:
        for name in WORKERS:
            await mesh.agent(name, claude(fake))
        url = await mesh.orchestrator(claude(fake), WORKERS)
        events = []

        async def seen(event):
            events.append(event)

        async with A2AConnection(url, timeout_s=30) as agent:
            task = await agent.send(REQUEST, metadata={"pattern": "supervisor"}, on_update=seen)
    record = record_of(task)
    assert state_name(task) == "completed" and [s["status"] for s in record["steps"]] == ["completed"] * 3
    spent = app.state.usages
    assert len(spent) == 4 and (app.state.requests[0]["body"]["tool_choice"]["name"]) == "make_plan"
    everything = sum(sum(u.values()) for u in spent)
    assert tokens(record["usage"]) == everything
    assert tokens(record["own_usage"]) == sum(spent[0].values())
    assert sum(tokens(s["usage"]) for s in record["steps"]) + tokens(record["own_usage"]) == everything
    wire = task.artifacts[0].metadata["usage"]
    assert wire["inputTokens"] + wire["outputTokens"] + wire["cacheReadTokens"] + wire["cacheWriteTokens"] == everything
    assert wire["costUsd"] == pytest.approx(record["usage"]["cost"]) and wire["costUsd"] > 0
    assert task.artifacts[0].metadata["runId"] == record["run_id"]
    steps = [e.status_update.metadata for e in events if e.HasField("status_update") and e.status_update.metadata]
    finished = [m for m in steps if m["event"] == "step_finished"]
    assert finished and all("latencyMs" in m and "runId" in m and "run_id" not in m for m in finished)


async def test_a_budget_in_dollars_stops_the_run_before_the_call_that_would_break_it(tmp_path):
    # planning costs $0.03 on Opus prices, leaving $0.0001: less than any worker's next call would cost
    plan_usage = {
        "input_tokens": 1000,
        "output_tokens": 1000,
        "cache_read_input_tokens": 0,
        "cache_creation_input_tokens": 0,
    }
    app = fake_anthropic.create_app(script=[planned(plan_usage)])
    async with running(app) as fake, team(tmp_path) as mesh:
        for name in WORKERS:
            await mesh.agent(name, claude(fake, "claude-opus-5-5"))
        url = await mesh.orchestrator(claude(fake, "claude-opus-5-5"), WORKERS)
        async with A2AConnection(url, timeout_s=30) as agent:
            task = await agent.send(REQUEST, metadata={"pattern": "supervisor", "budget": {"maxCostUsd": 0.0301}})
    record = record_of(task)
    assert len(app.state.requests) == 1  # the plan; no worker called its model
    assert record["usage"]["cost"] == pytest.approx(0.03)
    assert record["status"] == "failed" and "would go over the budget" in record["error"]


async def test_accord_model_local_keeps_the_whole_mesh_offline_even_with_a_key(tmp_path, monkeypatch):
    app = fake_anthropic.create_app()
    async with running(app) as fake:
        monkeypatch.setenv("ANTHROPIC_BASE_URL", fake)  # where any Claude call would go
        settings = Settings(data_dir=tmp_path, anthropic_api_key="sk-test", model="local")
        async with team(tmp_path, settings) as mesh:
            for name in ("calculator", "writer"):
                await mesh.agent(name, builtin=True)
            url = await mesh.orchestrator(
                select_model(builtin_spec("orchestrator").model, settings), ["calculator", "writer"]
            )
            async with A2AConnection(url, timeout_s=30) as agent:
                task = await agent.send("What is 17% of 2,340? Write a short email inviting the team to lunch.")
    assert state_name(task) == "completed" and record_of(task)["steps"]
    assert app.state.requests == []
