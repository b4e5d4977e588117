"""A run id one gateway process returned is known to every other: ``get_run`` asks the orchestrator's runs API."""

from __future__ import annotations

import json
from pathlib import Path

import anyio
import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client
from mcp_types import CallToolResult
from starlette.applications import Starlette

from agents.credentials import ORIGINS_FILE
from agents.orchestrator import Orchestrator, open_runs
from agents.settings import Settings
from patterns import FunctionWorker, Request
from patterns.records import RunRecord
from patterns.store import owned_by
from servers.a2a.hosting import orchestrator_app
from servers.credentials import Authenticator, TokenStore
from servers.gateway import create_gateway, gateway_lifespan, gateway_routes
from tests.mcp.conftest import Mesh
from tests.mcp.results import structured, text
from tests.support.servers import free_port, running

pytestmark = pytest.mark.anyio
MESH = "mesh-token-for-the-runs-tests"


async def echo(request: Request) -> str:
    return f"echo: {request.text}"


async def test_a_run_started_through_one_gateway_is_fetched_through_another(mesh: Mesh, tmp_path: Path):
    core = Orchestrator(workers=[FunctionWorker("echo", echo)], store=open_runs(tmp_path / "orchestrator"))
    port = free_port()
    app = orchestrator_app(Settings(data_dir=tmp_path / "orchestrator"), f"http://127.0.0.1:{port}", orchestrator=core)
    with anyio.fail_after(60):
        async with running(app, port) as url:
            registered = await mesh.http.post(
                f"{mesh.registry_url}/agents", json={"card_url": f"{url}/.well-known/agent-card.json"}
            )
            assert registered.status_code == 201, registered.text
            async with Client(create_gateway(mesh.registry_url, data_dir=tmp_path / "one")) as first:
                started = await first.call_tool("orchestrate", {"task": "hello", "pattern": "router"})
            run_id = structured(started)["run_id"]
            async with Client(create_gateway(mesh.registry_url, data_dir=tmp_path / "two")) as second:
                fetched = structured(await second.call_tool("get_run", {"run_id": run_id}))
                missing = await second.call_tool("get_run", {"run_id": "no-such-run"})
    assert run_id and fetched["run"]["run_id"] == run_id and fetched["state"] == "completed"
    assert fetched["agent"] is None  # the runs API's record, not the orchestrator's A2A task
    assert "echo: hello" in str(fetched["run"]["output"])
    assert missing.is_error and "no run or task with id 'no-such-run'" in text(missing)


async def get_run_as(url: str, token: str, run_id: str) -> CallToolResult:
    async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}) as http:
        async with Client(streamable_http_client(f"{url}/mcp", http_client=http)) as client:
            return await client.call_tool("get_run", {"run_id": run_id})


async def test_over_http_a_stored_run_is_shown_only_to_the_caller_it_belongs_to(mesh: Mesh, tmp_path: Path):
    tokens = TokenStore.in_data_dir(tmp_path)
    alice, bob = tokens.add("alice"), tokens.add("bob")
    store = open_runs(tmp_path / "orchestrator")
    core = Orchestrator(workers=[FunctionWorker("echo", echo)], store=store)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    (tmp_path / ORIGINS_FILE).write_text(json.dumps({base: {"mesh": True}}))  # the mesh token may go there
    app = orchestrator_app(Settings(data_dir=tmp_path / "orchestrator", token=MESH), base, orchestrator=core)
    gateway = create_gateway(mesh.registry_url, token=MESH, data_dir=tmp_path)
    routes = gateway_routes(gateway, Authenticator.for_data_dir(MESH, tmp_path))
    with anyio.fail_after(60):
        async with running(app, port), running(Starlette(routes=routes, lifespan=gateway_lifespan(gateway))) as url:
            card = {"card_url": f"{base}/.well-known/agent-card.json"}
            assert (await mesh.http.post(f"{mesh.registry_url}/agents", json=card)).status_code == 201
            async with store:
                with owned_by("alice"):
                    await store.save(RunRecord(run_id="r-alice", pattern="router", input="alice's private request"))
                await store.save(RunRecord(run_id="r-nobody", pattern="router", input="an old run"))
            mine = await get_run_as(url, alice, "r-alice")
            theirs = [await get_run_as(url, bob, run_id) for run_id in ("r-alice", "r-nobody")]
    assert not mine.is_error and structured(mine)["run"]["input"] == "alice's private request"
    for answer in theirs:
        assert answer.is_error and "private" not in str(answer.content) and "no run" in str(answer.content)
