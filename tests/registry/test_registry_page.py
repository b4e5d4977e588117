"""The web page in a real browser: headless Chromium loads it and sees the registered agents."""

from __future__ import annotations

import subprocess
from pathlib import Path

import anyio
import pytest

from agents.registry import Registry
from patterns.ranking import Ranker
from servers.registry import Directory, SqlRegistryStore, create_registry_app, database_url
from servers.registry.search import SearchIndex
from tests.registry.conftest import TOKEN, make_card
from tests.support.servers import running

pytestmark = pytest.mark.anyio
CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="headless Chromium is not installed (apt-get install chromium)")
async def test_chromium_sees_the_registered_agents(tmp_path: Path) -> None:
    directory = Directory(SqlRegistryStore(database_url(None, tmp_path)), index=SearchIndex(Ranker("bm25")))
    app = create_registry_app(directory, token=TOKEN)
    skills = [("convert", "Unit conversion", "Converts units", ["units", "math"])]
    async with running(app) as url, Registry(url, TOKEN) as registry:
        await registry.register(card=make_card("Browser Check", skills=skills))
        await registry.register(card=make_card("second-agent"))
        command = [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-dev-shm-usage",
            f"--user-data-dir={tmp_path / 'chromium'}",
            "--dump-dom",
            f"{url}/",
        ]
        done = await anyio.to_thread.run_sync(
            lambda: subprocess.run(command, capture_output=True, text=True, timeout=60)
        )
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    assert 'data-name="browser-check"' in dom and 'data-name="second-agent"' in dom
    assert "Unit conversion" in dom and "units" in dom and ">up<" in dom


async def test_the_page_shows_recent_orchestrations_from_the_shared_data_dir(tmp_path) -> None:
    import httpx

    from agents.orchestrator import open_runs
    from agents.settings import Settings
    from patterns import RunRecord, Step
    from servers.registry.service import build_registry

    record = RunRecord(run_id="run-on-the-page", pattern="router", worker="orchestrator", input="What is 2+2?")
    record.status = "completed"
    record.steps.append(Step(agent="calculator", input="What is 2+2?", output="4", latency_ms=12.0))
    async with open_runs(tmp_path) as runs:
        await runs.save(record)
    app = build_registry(Settings(data_dir=tmp_path, token="admin-token"), open_writes=True).app
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://registry") as client:
            page = (await client.get("/", headers={"Authorization": "Bearer admin-token"})).text
            anonymous = (await client.get("/")).text
    assert "What is 2+2?" not in anonymous and "run-on-the-p" not in anonymous
    assert "Recent orchestrations" in page and "run-on-the-p" in page
    assert "calculator" in page and "router" in page and "What is 2+2?" in page
