"""Each agent's last hour on the page, from the summaries its heartbeats carry: calls made straight to an agent
show in its row, replicas of the registry agree, and a summary is read as the hostile input it is."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from a2a.types import TaskState

from agents.a2a_client import A2AConnection
from agents.models import LocalModel
from agents.registration import Registration
from agents.runtime import Agent
from agents.spec import builtin_spec
from patterns.ranking import Ranker
from servers.a2a.app import build_agent_app, task_store_url
from servers.a2a.card import agent_card
from servers.a2a.hosting import card_source, in_process_tool_servers
from servers.observability import Metrics
from servers.observability.window import BOUNDS_MS, LastHour
from servers.registry import Directory, SqlRegistryStore, create_registry_app, database_url
from servers.registry.search import SearchIndex
from tests.registry.conftest import AUTH, TOKEN, make_card
from tests.registry.runs import InMemoryRuns, supervised_run
from tests.support.servers import free_port, running

pytestmark = pytest.mark.anyio
TEXT = "The cat sat on the mat. It was happy there. The dog barked loudly at night and woke the town."


def registry(tmp_path: Path, runs: InMemoryRuns | None = None):
    directory = Directory(
        SqlRegistryStore(database_url(None, tmp_path)), index=SearchIndex(Ranker("bm25")), sync_interval=0.05
    )
    if runs is None:
        return create_registry_app(directory, token=TOKEN)
    return create_registry_app(directory, token=TOKEN, recent_runs=runs.recent, run_detail=runs.detail)


def summary_of(*seconds: float, failed: int = 0) -> dict[str, Any]:
    """The summary of an agent replica that served tasks of these latencies, the first ``failed`` of them failing."""
    hour = LastHour()
    for index, latency in enumerate(seconds):
        hour.record(latency, "failed" if index < failed else "completed")
    return hour.summary()


def row(html: str, name: str) -> str:
    return html.split(f'data-name="{name}"')[1].split("</tr>")[0]


def calls(html: str, name: str) -> int | None:
    found = re.search(r'data-calls="(\d+)"', row(html, name))
    return int(found.group(1)) if found else None


@pytest.fixture
async def page(tmp_path: Path):
    app = registry(tmp_path, InMemoryRuns(supervised_run()))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://registry") as http:
            for name in ("calculator", "fact_checker"):
                assert (await http.post("/agents", json={"card": make_card(name)}, headers=AUTH)).status_code == 201
            yield http


async def test_calls_made_straight_to_an_agent_show_in_its_row(tmp_path: Path) -> None:
    spec = builtin_spec("summarizer")
    port = free_port()
    card = agent_card(card_source(spec), f"http://127.0.0.1:{port}")
    agent = Agent(spec, LocalModel(), data_dir=tmp_path, local_servers=in_process_tool_servers(spec, tmp_path))
    metrics = Metrics(card.name, skills=card.skills)
    app = build_agent_app(agent, card, task_store_url=task_store_url(tmp_path, spec.name), metrics=metrics)
    async with (
        running(registry(tmp_path / "registry")) as registry_url,
        running(app, port) as agent_url,
        Registration(registry_url, f"{agent_url}/.well-known/agent-card.json", TOKEN, 0.05) as registration,
        httpx.AsyncClient() as http,
    ):
        with anyio.fail_after(20):
            await registration.registered.wait()
        assert calls((await http.get(f"{registry_url}/")).text, "summarizer") is None  # no calls yet
        async with A2AConnection(agent_url, timeout_s=60) as connection:  # no orchestrator, no run record
            for request in (f"Summarize: {TEXT}", f"keywords of: {TEXT}", f"Summarize this: {TEXT}"):
                assert (await connection.send(request)).status.state == TaskState.TASK_STATE_COMPLETED
        with anyio.fail_after(20):
            while calls(html := (await http.get(f"{registry_url}/")).text, "summarizer") != 3:
                await anyio.sleep(0.05)
    shown = row(html, "summarizer")
    assert 'data-errors="0.000"' in shown and "<svg" in shown and 'class="p95"' in shown


async def test_an_agents_own_summary_replaces_the_run_records_and_foreign_agents_keep_them(page) -> None:
    http = page
    sent = summary_of(0.2, 0.2, 0.3, 4.0, failed=1)
    response = await http.post("/agents/calculator/heartbeat", json={"activity": sent}, headers=AUTH)
    assert response.status_code == 200
    html = (await http.get("/")).text
    assert calls(html, "calculator") == 4 and 'data-errors="0.250"' in row(html, "calculator")
    p95 = float(re.findall(r'data-p95="(\d+)"', row(html, "calculator"))[0])
    assert 2500 < p95 <= 5000  # the slow call's histogram bucket
    # fact_checker sends no summary: its row is drawn from the one run record that called it (480 ms)
    assert calls(html, "fact_checker") == 1 and 'data-p50="480"' in row(html, "fact_checker")


async def test_the_replicas_of_an_agent_add_up(page) -> None:
    http = page
    for replica in (summary_of(0.1, 0.1), summary_of(0.1, 0.1, 0.1)):
        for _ in range(2):  # a replica's later heartbeat replaces its earlier summary, never adds to it
            await http.post("/agents/calculator/heartbeat", json={"activity": replica}, headers=AUTH)
    assert calls((await http.get("/")).text, "calculator") == 5


async def test_every_registry_replica_draws_what_any_of_them_was_sent(tmp_path: Path) -> None:
    first, second = registry(tmp_path), registry(tmp_path)  # one database, two registry processes
    async with first.router.lifespan_context(first), second.router.lifespan_context(second):
        one = httpx.AsyncClient(transport=httpx.ASGITransport(app=first), base_url="http://one")
        other = httpx.AsyncClient(transport=httpx.ASGITransport(app=second), base_url="http://other")
        async with one, other:
            await one.post("/agents", json={"card": make_card("calculator")}, headers=AUTH)
            sent = {"activity": summary_of(0.05, 0.05, 0.05)}
            assert (await one.post("/agents/calculator/heartbeat", json=sent, headers=AUTH)).status_code == 200
            with anyio.fail_after(10):  # the second learns of the agent at its next sync
                while 'data-name="calculator"' not in (html := (await other.get("/")).text):
                    await anyio.sleep(0.02)
            assert calls(html, "calculator") == 3


def _broken(summary: dict[str, Any]) -> list[dict[str, Any]]:
    """``summary`` spoiled in each way a hostile or buggy agent might send it."""
    bucket = summary["buckets"][0]
    spoiled = [
        {**summary, "extra": 1},
        {**summary, "instance": "NOT-HEX!"},
        {**summary, "instance": "ab" * 40},
        {**summary, "buckets": "many"},
        {**summary, "buckets": [bucket] * 13},
        {**summary, "buckets": [bucket, bucket]},  # the same start twice
        {**summary, "buckets": [{**bucket, "count": True}]},
        {**summary, "buckets": [{**bucket, "count": -1}]},
        {**summary, "buckets": [{**bucket, "count": 10**12}]},
        {**summary, "buckets": [{**bucket, "errors": bucket["count"] + 1}]},
        {**summary, "buckets": [{**bucket, "start": bucket["start"] + 1}]},
        {**summary, "buckets": [{**bucket, "start": bucket["start"] - 86_400}]},
        {**summary, "buckets": [{**bucket, "start": bucket["start"] + 86_400}]},
        {**summary, "buckets": [{**bucket, "latency": [0] * len(BOUNDS_MS)}]},
        {**summary, "buckets": [{**bucket, "latency": [bucket["count"] + 1] + [0] * len(BOUNDS_MS)}]},
        {**summary, "buckets": [{**bucket, "latency": ["1"] * (len(BOUNDS_MS) + 1)}]},
        {**summary, "buckets": [{**bucket, "note": "<script>"}]},
        {**summary, "buckets": [3]},
    ]
    return [{"activity": s} for s in spoiled] + [{"activity": None}, {"activity": []}, {"other": 1}, ["activity"]]


async def test_a_malformed_summary_is_refused_without_echoing_it_and_keeps_nothing(page) -> None:
    http = page
    for body in _broken(summary_of(0.1, 0.2)):
        response = await http.post("/agents/calculator/heartbeat", json=body, headers=AUTH)
        assert response.status_code == 400, body
        error = response.json()["error"]
        assert (
            error["code"] == "bad_request" and "<script>" not in error["message"] and "NOT-HEX" not in error["message"]
        )
    huge = b'{"activity": {"v": 1, "pad": "' + b"x" * 20_000 + b'"}}'
    response = await http.post("/agents/calculator/heartbeat", content=huge, headers=AUTH)
    assert response.status_code == 413
    assert calls((await http.get("/")).text, "calculator") == 1  # still the run records' view


async def test_a_heartbeat_without_a_summary_or_with_a_newer_one_still_counts(page) -> None:
    http = page
    newer = {"activity": {"v": 2, "anything": ["the registry", "does not know yet"]}}
    for sent in (httpx.Request("POST", "/"), httpx.Request("POST", "/", json=newer)):
        response = await http.post("/agents/calculator/heartbeat", content=sent.content, headers=AUTH)
        assert response.status_code == 200 and response.json()["status"] == "up"
    assert calls((await http.get("/")).text, "calculator") == 1  # nothing kept: still the run records' view
    unknown = await http.post("/agents/nobody/heartbeat", json={"activity": summary_of(0.1)}, headers=AUTH)
    assert unknown.status_code == 404


async def test_a_summary_is_forgotten_with_its_agent(page) -> None:
    http = page
    await http.post("/agents/calculator/heartbeat", json={"activity": summary_of(0.1, 0.1)}, headers=AUTH)
    assert (await http.delete("/agents/calculator", headers=AUTH)).status_code == 204
    await http.post("/agents", json={"card": make_card("calculator")}, headers=AUTH)
    assert calls((await http.get("/")).text, "calculator") == 1  # the run records again, not the old summary


def test_a_summary_is_small_and_covers_only_the_last_hour() -> None:
    now = [1_800_000_100.0]
    hour = LastHour(clock=lambda: now[0])
    for index in range(10_000):  # two hours of traffic
        now[0] += 0.72
        hour.record(index / 1000, "failed" if index % 7 == 0 else "completed")
    summary = hour.summary()
    assert len(summary["buckets"]) == 12 and len(json.dumps(summary)) < 2_000
    assert summary["buckets"][-1]["start"] == now[0] // 300 * 300
