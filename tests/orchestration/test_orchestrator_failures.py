"""Failure policy over the network: a worker killed mid fan-out, loops, the breaker, resume, a 0.3-only agent."""

from __future__ import annotations

import os
import signal
import time

import anyio
import httpx
import pytest
from a2a.client.errors import A2AClientError
from a2a.helpers import new_task_from_user_message
from a2a.server.agent_execution import AgentExecutor
from a2a.server.request_handlers import DefaultRequestHandler
from a2a.server.routes import create_agent_card_routes, create_jsonrpc_routes
from a2a.server.tasks import InMemoryTaskStore, TaskUpdater
from a2a.types import AgentCapabilities, AgentCard, AgentInterface, AgentSkill, Part
from starlette.applications import Starlette

from agents.a2a_client import A2AConnection, state_name, task_data, task_text
from agents.registry import Registry
from patterns import Budget, Request
from tests.orchestration.conftest import SUMMARIZER_CARD, specialist_app
from tests.orchestration.test_orchestrator_patterns import TEXT
from tests.support.servers import accord_process, free_port, running

pytestmark = pytest.mark.anyio


def record_of(task) -> dict:
    return next(d for d in task_data(task) if isinstance(d, dict) and "steps" in d)


async def wait_registered(registry_url: str, name: str) -> None:
    async with Registry(registry_url, cache_ttl=0) as registry:
        with anyio.fail_after(30):
            while not [r for r in await registry.search(status="up") if r.name == name]:
                await anyio.sleep(0.05)


def serve_process(name: str, mesh, port: int):
    args = ["serve", name, "--port", str(port), "--registry", mesh.registry_url, "--data-dir", str(mesh.data_dir)]
    return accord_process(args, ready_url=f"http://127.0.0.1:{port}/.well-known/agent-card.json", timeout_s=40)


async def test_killing_a_worker_mid_fanout_gives_a_partial_result_inside_the_deadline(mesh):
    await mesh.specialist("summarizer", SUMMARIZER_CARD)
    url = await mesh.orchestrator_agent(budget=Budget(deadline=15.0))
    port = free_port()
    with serve_process("calculator", mesh, port) as worker:
        await wait_registered(mesh.registry_url, "calculator")
        os.kill(worker.pid, signal.SIGSTOP)  # the call reaches its socket and waits there: surely mid-call
        killed = anyio.Event()

        async def kill_when_called(event) -> None:
            meta = event.status_update.metadata if event.HasField("status_update") else None
            if meta and meta["event"] == "step_started" and meta["agent"] == "calculator" and not killed.is_set():
                os.kill(worker.pid, signal.SIGKILL)
                killed.set()

        started = time.monotonic()
        async with A2AConnection(url, streaming=True, timeout_s=30) as agent:
            metadata = {"pattern": "fanout", "agents": ["calculator", "summarizer"]}
            # the summarizer answers a request that asks only for a summary (one that also asks for a sum it
            # declines, rightly); the calculator is killed whatever it is asked
            text = f"Summarize this text: {TEXT}"
            task = await agent.send(text, metadata=metadata, on_update=kill_when_called)
        elapsed = time.monotonic() - started
    record = record_of(task)
    assert killed.is_set() and elapsed < 15.0
    assert record["status"] == "partial" and state_name(task) == "completed"
    by_agent = {s["agent"]: s for s in record["steps"]}
    assert by_agent["summarizer"]["status"] == "completed"
    assert by_agent["calculator"]["status"] == "failed" and "unreachable" in by_agent["calculator"]["error"]


async def test_an_a_b_a_loop_stops_at_max_depth(mesh):
    await mesh.orchestrator_agent("loop-a", team=["loop-b"], default_pattern="pipeline")
    await mesh.orchestrator_agent("loop-b", team=["loop-a"], default_pattern="pipeline")
    with anyio.fail_after(30):
        async with A2AConnection(mesh.urls["loop-a"], timeout_s=30) as agent:
            task = await agent.send("Pass this on")
    assert state_name(task) == "failed"
    assert "max depth 4" in record_of(task)["error"]


async def test_an_agent_refuses_a_message_that_used_up_its_hops(mesh):
    url = await mesh.specialist("calculator")
    async with A2AConnection(url, timeout_s=10) as agent:
        task = await agent.send("What is 1 + 1?", metadata={"hops": 4})
    assert state_name(task) == "failed" and "max depth 4" in task_text(task)


async def test_the_breaker_opens_on_a_dead_worker_and_closes_when_it_is_back(mesh, tmp_path):
    port = free_port()
    # no idle keep-alive connections: the worker's server is stopped and started again under the client
    http = httpx.AsyncClient(limits=httpx.Limits(max_keepalive_connections=0), timeout=20)
    # a cool-down no slow machine can outlast by accident; the test ends it when the worker is back
    orchestrator = mesh.orchestrator(failure_threshold=2, reset_timeout=600, http=http)
    request = Request("What is 2 + 2?", metadata={"agents": ["calculator"], "pattern": "router"})
    async with http, orchestrator:
        async with running(specialist_app("calculator", None, tmp_path, f"http://127.0.0.1:{port}"), port) as url:
            await mesh.register(f"{url}/.well-known/agent-card.json")
            assert (await orchestrator.send(request)).status == "completed"
        # the worker is gone but still listed: two failures open the breaker, the next call is refused unsent
        for _ in range(2):
            assert (await orchestrator.send(request)).status == "failed"
        assert orchestrator.breaker("calculator").state == "open"
        refused = await orchestrator.send(request)
        assert "circuit open" in refused.error
        async with running(specialist_app("calculator", None, tmp_path, f"http://127.0.0.1:{port}"), port):
            breaker = orchestrator.breaker("calculator")
            assert breaker is not None and breaker.state == "open"
            breaker.reset_timeout = 0  # the cool-down is over: the next call is the one trial
            assert breaker.state == "half-open"
            assert (await orchestrator.send(request)).status == "completed"
        assert orchestrator.breaker("calculator").state == "closed"


class Gate(AgentExecutor):
    """A tiny agent that answers only once the test opens the gate."""

    def __init__(self) -> None:
        self.open = anyio.Event()
        self.reached = anyio.Event()
        self.calls = 0

    async def execute(self, context, event_queue) -> None:
        self.calls += 1
        self.reached.set()
        task = context.current_task or new_task_from_user_message(context.message)
        if context.current_task is None:
            await event_queue.enqueue_event(task)
        updater = TaskUpdater(event_queue, task.id, task.context_id)
        await self.open.wait()
        await updater.add_artifact([Part(text=f"gate passed: {context.get_user_input()}")], name="answer")
        await updater.complete()

    async def cancel(self, context, event_queue) -> None:
        return None


def tiny_app(executor: AgentExecutor, name: str, base_url: str, version: str = "1.0") -> Starlette:
    card = AgentCard(
        name=name,
        description=f"{name}: a small agent that is not accord's.",
        version="1.0.0",
        capabilities=AgentCapabilities(streaming=False),
        default_input_modes=["text/plain"],
        default_output_modes=["text/plain"],
        skills=[AgentSkill(id=name, name=name, description=f"{name} answers", tags=[name], examples=[name])],
        supported_interfaces=[AgentInterface(url=f"{base_url}/", protocol_binding="JSONRPC", protocol_version=version)],
    )
    handler = DefaultRequestHandler(agent_executor=executor, task_store=InMemoryTaskStore(), agent_card=card)
    routes = [*create_agent_card_routes(card), *create_jsonrpc_routes(handler, rpc_url="/", enable_v0_3_compat=True)]
    return Starlette(routes=routes)


async def test_a_run_interrupted_by_a_restart_resumes_without_repeating_finished_steps(mesh):
    gate = Gate()
    await mesh.specialist("calculator")
    await mesh.serve(lambda base: tiny_app(gate, "gate", base), "gate")
    metadata = {"pattern": "pipeline", "agents": ["calculator", "gate"]}
    run_id = None
    with serve_process("orchestrator", mesh, free_port()) as first:
        await wait_registered(mesh.registry_url, "orchestrator")
        url = f"http://127.0.0.1:{first.args[first.args.index('--port') + 1]}"

        async def kill_at_the_gate(event) -> None:
            nonlocal run_id
            meta = event.status_update.metadata if event.HasField("status_update") else None
            if meta and meta["event"] == "step_started" and meta["agent"] == "gate":
                run_id = meta["runId"]
                with anyio.fail_after(10):
                    await gate.reached.wait()  # the call has reached the gate: the run is truly mid-step
                os.kill(first.pid, signal.SIGKILL)

        with pytest.raises((A2AClientError, httpx.HTTPError)):
            async with A2AConnection(url, streaming=True, timeout_s=30) as agent:
                await agent.send("What is 6 * 7?", metadata=metadata, on_update=kill_at_the_gate)
    assert run_id is not None and gate.calls == 1
    gate.open.set()
    with serve_process("orchestrator", mesh, free_port()) as second:
        url = f"http://127.0.0.1:{second.args[second.args.index('--port') + 1]}"
        async with A2AConnection(url, timeout_s=30) as agent:
            task = await agent.send("What is 6 * 7?", metadata={"run_id": run_id})
    record = record_of(task)
    assert record["run_id"] == run_id and record["status"] == "completed"
    calculator = next(s for s in record["steps"] if s["agent"] == "calculator")
    assert calculator.get("resumed") is True and "42" in calculator["output"]
    assert "gate passed" in task_text(task) and gate.calls == 2


class Legacy(AgentExecutor):
    async def execute(self, context, event_queue) -> None:
        task = new_task_from_user_message(context.message)
        await event_queue.enqueue_event(task)
        updater = TaskUpdater(event_queue, task.id, task.context_id)
        await updater.add_artifact([Part(text=f"legacy says: {context.get_user_input()}")], name="answer")
        await updater.complete()

    async def cancel(self, context, event_queue) -> None:
        return None


async def test_an_agent_speaking_only_a2a_0_3_is_routable(mesh):
    await mesh.specialist("calculator")
    await mesh.serve(lambda base: tiny_app(Legacy(), "legacy", base, version="0.3"), "legacy")
    url = await mesh.orchestrator_agent()
    async with A2AConnection(url, timeout_s=30) as agent:
        task = await agent.send("hello old friend", metadata={"pattern": "router", "agents": ["legacy"]})
    record = record_of(task)
    assert record["status"] == "completed" and [s["agent"] for s in record["steps"]] == ["legacy"]
    assert "legacy says: hello old friend" in task_text(task)
