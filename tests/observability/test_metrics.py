"""``/metrics`` after known traffic, read back with prometheus_client's own text parser."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from agents import telemetry
from agents.models import LocalModel
from agents.runtime import Agent
from agents.spec import builtin_spec
from patterns import FanOut, FunctionWorker, Guarded, Pipeline, Request, Result, RetryPolicy, TransportError
from patterns.ranking import Ranker
from patterns.run import count_attempt
from servers.a2a.hosting import in_process_tool_servers
from servers.observability import Metrics
from servers.registry import Directory, SqlRegistryStore, create_registry_app, database_url
from servers.registry.search import SearchIndex
from tests.registry.conftest import AUTH, TOKEN

pytestmark = pytest.mark.anyio


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of an exposition, keyed by its name and labels."""
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def value(parsed, name: str, **labels: str) -> float:
    return parsed.get((name, frozenset(labels.items())), 0.0)


@pytest.fixture
def metrics() -> Iterator[Metrics]:
    metrics = Metrics("orchestrator", breakers=lambda: {"writer": "open", "calculator": "closed"})
    yield metrics
    metrics.close()


async def test_http_requests_are_counted_per_route_and_status(tmp_path: Path) -> None:
    directory = Directory(SqlRegistryStore(database_url(None, tmp_path)), index=SearchIndex(Ranker()))
    app = create_registry_app(directory, token=TOKEN)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://registry") as http:
            for _ in range(3):
                assert (await http.get("/health")).status_code == 200
            for name in ("nobody", "no-one"):
                assert (await http.get(f"/agents/{name}")).status_code == 404
            assert (await http.post("/agents", json={})).status_code == 401
            assert (await http.get("/not/a/route")).status_code in (401, 404)
            response = await http.get("/metrics", headers=AUTH)
    assert response.headers["content-type"].startswith("text/plain")
    parsed = samples(response.text)
    counted = dict(name="accord_http_requests_total", server="registry")
    assert value(parsed, **counted, route="/health", method="GET", code="200") == 3
    assert value(parsed, **counted, route="/agents/{name}", method="GET", code="404") == 2  # one series, two URLs
    assert value(parsed, **counted, route="/agents", method="POST", code="401") == 1
    assert not any("nobody" in str(key) or "/not/a/route" in str(key) for key in parsed)
    assert value(parsed, "accord_http_request_duration_seconds_count", server="registry", route="/health") == 3


async def test_runs_and_steps_are_counted_per_pattern_worker_and_status(metrics: Metrics) -> None:
    tries = {"flaky": 0}

    async def flaky(request: Request) -> Result:
        count_attempt()  # as a retrying wrapper does before each try
        tries["flaky"] += 1
        if tries["flaky"] == 1:
            raise TransportError("dropped")
        return Result("ok")

    async def broken(request: Request) -> Result:
        return Result.failure("no")

    async def echo(request: Request) -> Result:
        return Result(request.text)

    workers = [FunctionWorker("echo", echo), Guarded(FunctionWorker("flaky", flaky), retry=RetryPolicy(2, 0.0))]
    await Pipeline(workers).send(Request("hello"))
    await FanOut([FunctionWorker("echo", echo), FunctionWorker("broken", broken)]).send(Request("hi"))
    parsed = samples(metrics.exposition().decode())
    assert value(parsed, "accord_runs_total", pattern="pipeline", status="completed") == 1
    assert value(parsed, "accord_runs_total", pattern="fanout", status="partial") == 1
    assert value(parsed, "accord_steps_total", pattern="pipeline", worker="echo", status="completed") == 1
    assert value(parsed, "accord_steps_total", pattern="fanout", worker="broken", status="failed") == 1
    assert value(parsed, "accord_step_retries_total", pattern="pipeline", worker="flaky") == 1
    assert value(parsed, "accord_step_duration_seconds_count", pattern="fanout", worker="echo") == 1
    assert value(parsed, "accord_runs_in_flight", pattern="pipeline") == 0


async def test_model_tokens_tool_calls_breakers_and_tasks_are_exposed(tmp_path: Path, metrics: Metrics) -> None:
    spec = builtin_spec("calculator")
    model = telemetry.traced_model(LocalModel(), agent="calculator")
    agent = Agent(spec, model, data_dir=tmp_path, local_servers=in_process_tool_servers(spec, tmp_path))
    async with agent:
        with telemetry.task("calculator"):
            assert value(samples(metrics.exposition().decode()), "accord_tasks_in_flight", agent="calculator") == 1
            outcome = await agent.run("What is 17% of 2,340?")
    assert outcome.status == "completed"
    parsed = samples(metrics.exposition().decode())
    labels = dict(agent="calculator", model="local")
    calls = value(parsed, "accord_model_calls_total", **labels, status="ok")
    assert calls >= 2  # a turn asking for the tool, then the answer
    assert value(parsed, "accord_tokens_total", **labels, direction="input") == outcome.usage.input_tokens > 0
    assert value(parsed, "accord_tokens_total", **labels, direction="output") == outcome.usage.output_tokens > 0
    assert value(parsed, "accord_cost_usd_total", **labels) == 0.0  # the offline model is free, and says so
    assert sum(v for (n, _), v in parsed.items() if n == "accord_tool_calls_total") == calls - 1
    assert value(parsed, "accord_tasks_in_flight", agent="calculator") == 0
    assert value(parsed, "accord_breaker_state", worker="writer", state="open") == 1
    assert value(parsed, "accord_breaker_state", worker="writer", state="closed") == 0
    assert value(parsed, "accord_breaker_state", worker="calculator", state="closed") == 1


async def test_a_closed_metrics_object_stops_counting(metrics: Metrics) -> None:
    metrics.close()

    async def echo(request: Request) -> Result:
        return Result(request.text)

    await Pipeline([FunctionWorker("echo", echo)]).send(Request("hello"))
    assert "accord_runs_total{" not in metrics.exposition().decode()
