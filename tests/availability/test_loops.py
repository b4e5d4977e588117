"""A loop through an agent that drops accord's ``hops`` metadata stops fast, over real sockets.

The bouncer is not accord's: it forwards every message back to the orchestrator with no metadata at all, only
the W3C ``traceparent`` header it received (as tracing middleware does). Without the per-trace cap the loop
nests orchestrations until the pool runs dry.
"""

from __future__ import annotations

import uuid

import anyio
import httpx
import pytest
from a2a.helpers import new_task_from_user_message
from a2a.server.agent_execution import AgentExecutor
from a2a.server.tasks import TaskUpdater
from a2a.types import Part

from agents.a2a_client import A2AConnection, state_name, task_text
from agents.trace_gate import TraceGate, TraceLimitExceeded
from patterns import Budget
from tests.availability.conftest import HEADERS
from tests.orchestration.conftest import mesh_at
from tests.orchestration.test_orchestrator_failures import tiny_app

pytestmark = pytest.mark.anyio


class Bouncer(AgentExecutor):
    """Sends what it gets back to the orchestrator, keeping only the ``traceparent`` header."""

    def __init__(self) -> None:
        self.target = ""
        self.calls = 0

    async def execute(self, context, event_queue) -> None:
        self.calls += 1
        task = context.current_task or new_task_from_user_message(context.message)
        await event_queue.enqueue_event(task)
        updater = TaskUpdater(event_queue, task.id, task.context_id)
        headers = {**HEADERS, "traceparent": context.call_context.state["headers"].get("traceparent", "")}
        message = {"messageId": uuid.uuid4().hex, "role": "ROLE_USER", "parts": [{"text": context.get_user_input()}]}
        body = {"jsonrpc": "2.0", "id": 1, "method": "SendMessage", "params": {"message": message}}
        async with httpx.AsyncClient(timeout=30) as http:
            answer = (await http.post(f"{self.target}/", json=body, headers=headers)).json()
        status = answer.get("result", {}).get("task", {}).get("status", {})
        text = " ".join(p.get("text", "") for p in status.get("message", {}).get("parts", []))
        await updater.failed(updater.new_agent_message([Part(text=f"the orchestrator said: {text}")]))

    async def cancel(self, context, event_queue) -> None:
        return None


class Echo(AgentExecutor):
    async def execute(self, context, event_queue) -> None:
        task = new_task_from_user_message(context.message)
        await event_queue.enqueue_event(task)
        updater = TaskUpdater(event_queue, task.id, task.context_id)
        await updater.add_artifact([Part(text=f"echo: {context.get_user_input()}")], name="answer")
        await updater.complete()

    async def cancel(self, context, event_queue) -> None:
        return None


async def test_a_loop_through_an_agent_that_drops_hops_stops_within_seconds_naming_the_loop(tmp_path):
    bouncer = Bouncer()
    async with mesh_at(tmp_path) as mesh:
        await mesh.serve(lambda base: tiny_app(bouncer, "bouncer", base), "bouncer")
        await mesh.serve(lambda base: tiny_app(Echo(), "echo", base), "echo")
        budget = Budget(max_calls=4, deadline=20.0)
        bouncer.target = await mesh.orchestrator_agent(call_timeout=20.0, budget=budget)
        looped: dict = {}

        async def loop() -> None:
            async with A2AConnection(bouncer.target, timeout_s=30) as orchestrator:
                looped["task"] = await orchestrator.send("bouncer, please bounce this", metadata={"agents": "bouncer"})

        # Bounds well under the 20 s the orchestrator's calls and budget allow: without the per-trace cap the loop
        # runs until those end it, holding the pool all along.
        with anyio.fail_after(10):
            async with anyio.create_task_group() as group:
                group.start_soon(loop)
                while bouncer.calls == 0:  # the loop is under way
                    await anyio.sleep(0.01)
                with anyio.fail_after(5):
                    async with A2AConnection(bouncer.target, timeout_s=10) as orchestrator:
                        unrelated = await orchestrator.send(
                            "echo hello", metadata={"agents": "echo", "pattern": "router"}
                        )
                        assert "echo: echo hello" in task_text(unrelated)
        assert bouncer.calls <= 4  # one per nested orchestration the cap admitted
        assert "loop detected" in task_text(looped["task"]) + looped["task"].status.message.parts[0].text


async def test_the_traceparent_travels_as_an_http_header_too(tmp_path):
    seen: list[str] = []

    class Recorder(Echo):
        async def execute(self, context, event_queue) -> None:
            seen.append(context.call_context.state["headers"].get("traceparent", ""))
            await super().execute(context, event_queue)

    async with mesh_at(tmp_path) as mesh:
        url = await mesh.serve(lambda base: tiny_app(Recorder(), "recorder", base), "recorder", register=False)
        trace = "00-" + "ab" * 16 + "-" + "cd" * 8 + "-01"
        async with A2AConnection(url, timeout_s=10) as agent:
            task = await agent.send("hi", metadata={"traceparent": trace})
    assert state_name(task) == "completed" and seen == [trace]


def test_the_gate_refuses_a_trace_over_its_cap_and_frees_the_slot_after():
    gate = TraceGate(max_runs=2, max_calls=1)
    with gate.run("t"), gate.run("t"):
        with pytest.raises(TraceLimitExceeded, match="loop detected"):
            gate.run("t").__enter__()
        with gate.run("other"):
            assert gate.runs("other") == 1
    assert gate.runs("t") == 0
    with gate.call("t", "w"), pytest.raises(TraceLimitExceeded, match="calls in flight"):
        gate.call("t", "w").__enter__()
