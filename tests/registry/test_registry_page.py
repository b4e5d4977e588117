"""The web page in a real browser, and the page of one run: its plan, its waterfall, its totals."""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import anyio
import httpx
import pytest

from agents.registry import Registry
from patterns.ranking import Ranker
from servers.registry import Directory, SqlRegistryStore, create_registry_app, database_url
from servers.registry.search import SearchIndex
from tests.registry.conftest import AUTH, TOKEN, make_card
from tests.registry.runs import InMemoryRuns, iso, step, supervised_run
from tests.support.servers import running

pytestmark = pytest.mark.anyio
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


def registry_app(tmp_path: Path, runs: InMemoryRuns | None = None):
    directory = Directory(SqlRegistryStore(database_url(None, tmp_path)), index=SearchIndex(Ranker()))
    if runs is None:
        return create_registry_app(directory, token=TOKEN)
    return create_registry_app(directory, token=TOKEN, recent_runs=runs.recent, run_detail=runs.detail)


async def chromium(tmp_path: Path, url: str, *extra: str) -> subprocess.CompletedProcess[str]:
    """Headless Chromium on ``url``, with a profile of its own and nothing reaching out to the network."""
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={tmp_path / f'chromium-{time.monotonic_ns()}'}",
        *extra,
        url,
    ]
    return await anyio.to_thread.run_sync(lambda: subprocess.run(command, capture_output=True, text=True, timeout=90))


@pytest.fixture
async def page(tmp_path: Path):
    runs = InMemoryRuns(supervised_run())
    app = registry_app(tmp_path, runs)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://registry") as http:
            yield http, runs


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="headless Chromium is not installed (apt-get install chromium)")
async def test_chromium_sees_the_registered_agents(tmp_path: Path) -> None:
    skills = [("convert", "Unit conversion", "Converts units", ["units", "math"])]
    async with running(registry_app(tmp_path)) as url, Registry(url, TOKEN) as registry:
        await registry.register(card=make_card("Browser Check", skills=skills))
        await registry.register(card=make_card("second-agent"))
        done = await chromium(tmp_path, f"{url}/", "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert 'data-name="browser-check"' in dom and 'data-name="second-agent"' in dom
    assert "Unit conversion" in dom and "units" in dom and ">up<" in dom


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="headless Chromium is not installed (apt-get install chromium)")
async def test_chromium_draws_the_waterfall_with_every_step_in_order(tmp_path: Path) -> None:
    runs = InMemoryRuns(supervised_run())
    async with running(registry_app(tmp_path, runs)) as url:
        dom = await chromium(tmp_path, f"{url}/runs/run-3steps", "--dump-dom")
        ARTIFACTS.mkdir(exist_ok=True)
        shot = ARTIFACTS / "run-page.png"
        shot.unlink(missing_ok=True)
        picture = await chromium(tmp_path, f"{url}/runs/run-3steps", f"--screenshot={shot}", "--window-size=1200,1000")
    assert dom.returncode == 0 and picture.returncode == 0, dom.stderr[-2000:] + picture.stderr[-2000:]
    waterfall = dom.stdout.split('<svg id="waterfall"')[1].split("</svg>")[0]
    bars = re.findall(
        r'<g class="step" data-step="([^"]+)" data-agent="([^"]+)" data-status="(\w+)" '
        r'data-start-ms="([\d.]+)"',
        waterfall,
    )
    assert [(s, a, st) for s, a, st, _ in bars] == [
        ("task-1", "calculator", "completed"),
        ("task-2", "fact_checker", "completed"),
        ("task-3", "writer", "completed"),
    ]
    starts = [float(start) for *_, start in bars]
    assert starts == sorted(starts) and starts[2] - starts[0] == pytest.approx(130, abs=1)
    assert 'data-attempts="2"' in waterfall and "1 retry" in waterfall
    plan = dom.stdout.split('<svg id="plan"')[1].split("</svg>")[0]
    assert 'data-from="1" data-to="3"' in plan and plan.count('class="node completed"') == 3
    assert shot.exists() and shot.stat().st_size > 5_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


async def test_recent_runs_link_to_their_page_and_agents_show_their_last_hour(page) -> None:
    http, _ = page
    await http.post("/agents", json={"card": make_card("calculator")}, headers=AUTH)
    html = (await http.get("/")).text
    assert 'href="/runs/run-3steps"' in html and "supervisor" in html
    row = html.split('data-name="calculator"')[1].split("</tr>")[0]
    assert 'data-p50="120" data-p95="120" data-errors="0.000"' in row and "<svg" in row


async def test_the_run_page_keeps_step_order_without_start_times(page) -> None:
    http, runs = page
    record = supervised_run("old-record")
    for kept in record["steps"]:
        del kept["started_at"]
        kept["depends_on"] = []
    record["pattern"], record["plan"] = "pipeline", None
    runs.records["old-record"] = record
    html = (await http.get("/runs/old-record")).text
    starts = [float(s) for s in re.findall(r'data-start-ms="([\d.]+)"', html)]
    assert starts == [0.0, 120.0, 600.0] and "estimated" in html


async def test_a_run_in_progress_updates_itself_and_a_finished_one_does_not(page) -> None:
    http, runs = page
    runs.records["live"] = supervised_run("live", status="running")
    live, done = (await http.get("/runs/live")).text, (await http.get("/runs/run-3steps")).text
    assert 'http-equiv="refresh"' in live and "updating live" in live
    assert 'http-equiv="refresh"' not in done


async def test_an_unknown_or_malformed_run_id_is_a_404_and_an_unreadable_store_a_503(page) -> None:
    http, runs = page
    assert (await http.get("/runs/nope")).status_code == 404
    assert (await http.get("/runs/" + "x" * 65)).status_code == 404
    assert (await http.get("/runs/a.b")).status_code == 404
    runs.broken = True
    assert (await http.get("/runs/run-3steps")).status_code == 503
    assert (await http.get("/")).status_code == 200  # the main page still renders


async def test_the_totals_add_up_the_run(page) -> None:
    http, _ = page
    totals = (await http.get("/runs/run-3steps")).text.split('id="totals"')[1].split("</dl>")[0]
    assert "3 (3 completed)" in totals and "120 (75 in, 45 out)" in totals and "$0.0012" in totals


def test_a_nested_pattern_s_steps_follow_their_parent() -> None:
    from servers.registry.timeline import timeline

    record = supervised_run()
    inner = [step("a", "summarizer", 0, 50.0), step("b", "writer", 0, 60.0)]
    record["steps"][0]["steps"] = inner
    record["created_at"] = iso(time.time() - 30)
    bars = timeline(record).bars
    assert [(b.agent, b.depth) for b in bars[:3]] == [("calculator", 0), ("summarizer", 1), ("writer", 1)]
