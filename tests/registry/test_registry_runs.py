"""The registry page's recent orchestrations come from the orchestrator's runs API, over HTTP, never its files."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from agents.runs_client import RunsUnavailable
from agents.settings import Settings
from patterns.records import RunRecord
from servers.registry import build_registry
from servers.registry.runs import OrchestratorRuns
from tests.registry.conftest import make_card, orchestrator_serving

pytestmark = pytest.mark.anyio

TOKEN = "mesh-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


async def test_the_page_shows_runs_read_from_the_orchestrators_api(tmp_path: Path) -> None:
    record = RunRecord(run_id="run-from-api", pattern="router", input="What is 2+2?", status="completed")
    settings = Settings(data_dir=tmp_path / "registry", token=TOKEN)
    async with orchestrator_serving(tmp_path, [record], TOKEN) as base:
        service = build_registry(settings, orchestrator_url=base)
        async with service.app.router.lifespan_context(service.app):
            transport = httpx.ASGITransport(app=service.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://registry") as client:
                page = await client.get("/", headers=AUTH)
                detail = await client.get("/runs/run-from-api", headers=AUTH)
                missing = await client.get("/runs/no-such-run", headers=AUTH)
    assert page.status_code == 200
    assert "run-from-api" in page.text
    assert detail.status_code == 200 and "What is 2+2?" in detail.text
    assert missing.status_code == 404
    assert not (tmp_path / "registry" / "runs.db").exists()


async def test_a_registered_orchestrator_gets_the_token_only_on_a_mesh_origin(tmp_path: Path) -> None:
    from agents.credentials import OriginCredentials
    from servers.registry import Directory, SqlRegistryStore, database_url

    record = RunRecord(run_id="r1", pattern="router", status="completed")
    directory = Directory(SqlRegistryStore(database_url(None, tmp_path)))
    async with orchestrator_serving(tmp_path, [record], TOKEN) as base:
        await directory.open()
        try:
            await directory.register(card=make_card("orchestrator", url=f"{base}/"))
            stranger = OriginCredentials(mesh_token=TOKEN)  # the registered origin is not one of the mesh's
            async with OrchestratorRuns(directory, token=TOKEN, credentials=stranger) as runs:
                with pytest.raises(RunsUnavailable, match="refused"):
                    await runs.recent()
            ours = OriginCredentials(mesh_token=TOKEN, mesh_origins=[base])
            async with OrchestratorRuns(directory, token=TOKEN, credentials=ours) as runs:
                assert [r["run_id"] for r in await runs.recent()] == ["r1"]
                detail = await runs.detail("r1")
                assert detail is not None and detail["pattern"] == "router"
                assert await runs.detail("nope") is None
        finally:
            await directory.close()


async def test_without_an_orchestrator_the_page_has_no_runs(tmp_path: Path) -> None:
    from servers.registry import Directory, SqlRegistryStore, database_url

    directory = Directory(SqlRegistryStore(database_url(None, tmp_path)))
    await directory.open()
    try:
        async with OrchestratorRuns(directory, token=TOKEN) as runs:
            assert await runs.recent() == []
            assert await runs.detail("r1") is None
    finally:
        await directory.close()
