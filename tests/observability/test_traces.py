"""One orchestration, one trace: the orchestrator, three specialists and their tools and models over real
sockets, every span collected by the SDK's in-memory exporter."""

from __future__ import annotations

from collections.abc import Sequence

import httpx
import pytest
from opentelemetry.sdk.trace import ReadableSpan

from agents import telemetry
from agents.a2a_client import A2AConnection, task_data
from agents.models import LocalModel
from agents.registry import Registry
from agents.settings import Settings
from agents.spec import builtin_spec
from servers.a2a.hosting import agent_app, orchestrator_app
from tests.orchestration.conftest import WRITER_CARD, Mesh, mesh_at, specialist_app

pytestmark = pytest.mark.anyio
TASK = "what's 15% of 2,400; was Napoleon really short? write a tagline for a flower shop"


async def _orchestrator(mesh: Mesh) -> str:
    """The orchestrator, its registry and worker calls carrying the current span (``telemetry.httpx_hooks``)."""
    http = await mesh.stack.enter_async_context(httpx.AsyncClient(timeout=30, event_hooks=telemetry.httpx_hooks()))
    registry = await mesh.stack.enter_async_context(Registry(mesh.registry_url, cache_ttl=0, client=http))
    core = mesh.orchestrator(registry=registry, http=http)
    settings = Settings(data_dir=mesh.data_dir, registry_url=mesh.registry_url)
    return await mesh.serve(lambda base: orchestrator_app(settings, base, orchestrator=core), "o")


async def _specialist(mesh: Mesh, name: str, card=None) -> None:
    def make(base: str):
        if card is None:
            app = agent_app(builtin_spec(name), Settings(data_dir=mesh.data_dir), base, model=_model(name))
        else:
            app = specialist_app(name, card, mesh.data_dir, base)
            app.state.agent.model = _model(name)
        return app  # every agent app is traced (servers/a2a/app.py), the model by the runtime

    await mesh.serve(make, name)


def _model(name: str):
    return telemetry.traced_model(LocalModel(), agent=name)  # a model set after the agent was built


def ancestors(span: ReadableSpan, by_id: dict[int, ReadableSpan]) -> list[str]:
    """The names of ``span``'s ancestors, nearest first."""
    names = []
    while span.parent is not None and span.parent.span_id in by_id:
        span = by_id[span.parent.span_id]
        names.append(span.name)
    return names


def named(spans: Sequence[ReadableSpan], prefix: str) -> list[ReadableSpan]:
    return [s for s in spans if s.name.startswith(prefix)]


async def test_a_three_step_orchestration_is_one_trace_with_a_span_per_hop(tmp_path, spans) -> None:
    async with mesh_at(tmp_path) as mesh:
        await _specialist(mesh, "calculator")
        await _specialist(mesh, "fact_checker")
        await _specialist(mesh, "writer", WRITER_CARD)
        url = await _orchestrator(mesh)
        spans.clear()  # what starting the mesh traced (card fetches, tool listings) is not this request
        with telemetry.span("tools/call orchestrate", kind="server") as root:
            async with (
                httpx.AsyncClient(timeout=60, event_hooks=telemetry.httpx_hooks()) as http,
                A2AConnection(url, timeout_s=60, http=http) as connection,
            ):
                task = await connection.send(TASK, metadata={"traceparent": root.traceparent})
    record = next(d for d in task_data(task) if "run_id" in d)
    assert [s["status"] for s in record["steps"]] == ["completed"] * 3

    (gateway,) = named(spans.get_finished_spans(), "tools/call orchestrate")
    # the request's spans: not the clients and servers shutting down afterwards
    finished = [s for s in spans.get_finished_spans() if s.start_time <= gateway.end_time]
    assert {s.context.trace_id for s in finished} == {int(root.traceparent.split("-")[1], 16)}
    by_id = {s.context.span_id: s for s in finished}
    assert all(s.parent is None or s.parent.span_id in by_id for s in finished)  # no broken link in the chain

    (run,) = named(finished, "orchestrate supervisor")
    assert run.attributes["accord.run.id"] == record["run_id"]
    assert ancestors(run, by_id)[-1] == "tools/call orchestrate"
    assert "POST /" in ancestors(run, by_id)  # the orchestrator's own server span, parented across the socket
    steps = named(finished, "invoke_agent ")
    assert sorted(s.attributes["gen_ai.agent.name"] for s in steps) == ["calculator", "fact_checker", "writer"]
    assert all(s.parent.span_id == run.context.span_id for s in steps)
    # the orchestrator's registry search is in the trace; each worker's server span is a child of the A2A call
    (search,) = [s for s in finished if s.name == "GET /agents"]
    assert "POST /" in ancestors(search, by_id) and ancestors(search, by_id)[-1] == "tools/call orchestrate"
    for step in steps:
        (server,) = [s for s in named(finished, "POST /") if step.name in ancestors(s, by_id)]
        assert by_id[server.parent.span_id].name.startswith("a2a.client.transports.")

    for agent in ("calculator", "fact_checker", "writer"):
        (step,) = [s for s in steps if s.attributes["gen_ai.agent.name"] == agent]
        models = [s for s in named(finished, "chat ") if s.attributes["gen_ai.agent.name"] == agent]
        tools = [s for s in named(finished, "execute_tool ") if s.attributes.get("gen_ai.agent.name") == agent]
        assert models and tools, agent
        for span in models + tools:
            chain = ancestors(span, by_id)
            assert chain.index(f"invoke_agent {agent}") < chain.index("orchestrate supervisor")
            assert "POST /" in chain[: chain.index(f"invoke_agent {agent}")]  # the agent's own server span
        assert all(m.attributes["gen_ai.request.model"] == "local" for m in models)
        assert sum(m.attributes["gen_ai.usage.input_tokens"] for m in models) > 0
        assert sum(m.attributes["gen_ai.usage.output_tokens"] for m in models) > 0
        assert all(t.attributes["mcp.method.name"] == "tools/call" for t in tools)
    # the A2A SDK's own instrumentation joins the same trace
    assert any(s.name.startswith("a2a.") for s in finished)
