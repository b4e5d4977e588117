"""Run records belong to their caller: over real HTTP, Bob can neither resume nor read Alice's run."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from agents.orchestrator import Orchestrator, open_runs
from agents.settings import Settings
from patterns import FunctionWorker, Request
from patterns.store import owned_by
from servers.a2a.hosting import orchestrator_app
from servers.credentials import TokenStore
from tests.security.conftest import MESH_TOKEN
from tests.support.servers import free_port, running

pytestmark = pytest.mark.anyio


async def echo(request: Request) -> str:
    return f"echo: {request.text}"


class Orchestration:
    def __init__(self, http: httpx.AsyncClient, url: str, token: str) -> None:
        self.http, self.url, self.token = http, url, token

    async def orchestrate(self, text: str, **metadata: Any) -> dict[str, Any]:
        """The run record the orchestrator answers with (its artifact's data part)."""
        message = {"messageId": text + repr(metadata), "role": "ROLE_USER", "parts": [{"text": text}]}
        message["metadata"] = {"pattern": "router", "agents": ["echo"], **metadata}
        body = {"jsonrpc": "2.0", "id": 1, "method": "SendMessage", "params": {"message": message}}
        headers = {"Authorization": f"Bearer {self.token}", "A2A-Version": "1.0"}
        response = await self.http.post(self.url + "/", json=body, headers=headers)
        parts = response.json()["result"]["task"]["artifacts"][0]["parts"]
        return next(part["data"] for part in parts if "data" in part)


@pytest.fixture
async def callers(tmp_path) -> AsyncIterator[tuple[Orchestration, Orchestration, Orchestrator]]:
    tokens = TokenStore.in_data_dir(tmp_path)
    alice, bob = tokens.add("alice"), tokens.add("bob")
    core = Orchestrator(workers=[FunctionWorker("echo", echo)], store=open_runs(tmp_path))
    port = free_port()
    app = orchestrator_app(Settings(data_dir=tmp_path, token=MESH_TOKEN), f"http://127.0.0.1:{port}", orchestrator=core)
    async with running(app, port) as url, httpx.AsyncClient(timeout=20) as http:
        yield Orchestration(http, url, alice), Orchestration(http, url, bob), core


async def test_a_run_is_stored_under_its_callers_name(callers):
    alice, _, core = callers
    run = await alice.orchestrate("alice's private request")
    assert run["owner"] == "alice"
    with owned_by("bob"):
        assert await core.record(run["run_id"]) is None
    with owned_by("alice"):
        assert (await core.record(run["run_id"]))["input"] == "alice's private request"


async def test_another_caller_naming_a_run_id_gets_a_fresh_run_not_the_stored_one(callers):
    alice, bob, core = callers
    run = await alice.orchestrate("alice's private request")
    stolen = await bob.orchestrate("bob's request", run_id=run["run_id"])
    assert stolen["run_id"] != run["run_id"] and "alice" not in str(stolen)
    with owned_by("alice"):
        kept = await core.record(run["run_id"])
    assert kept["input"] == "alice's private request" and kept["owner"] == "alice"


async def test_the_owner_can_resume_its_own_run(callers):
    alice, _, _ = callers
    run = await alice.orchestrate("alice's private request")
    resumed = await alice.orchestrate("continue", run_id=run["run_id"])
    assert resumed["run_id"] == run["run_id"] and resumed["input"] == "alice's private request"
