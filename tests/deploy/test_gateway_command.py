"""``accord gateway``: the MCP gateway on its own, as a cluster runs it: open ``/health``, ``/mcp`` behind the token."""

from __future__ import annotations

import httpx
import pytest

from agents.settings import Settings
from servers.cli.gateway import gateway_app

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def test_the_gateway_answers_health_openly_and_mcp_only_with_the_token() -> None:
    # Bound on all interfaces, as in a pod: a request for the Service's name is served (the token guards).
    app = gateway_app(Settings.from_env().with_overrides(token="mesh-token"), host="0.0.0.0")
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://gateway.accord.svc:8800") as client:
            assert (await client.get("/health")).json() == {"status": "ok"}
            hello = {"jsonrpc": "2.0", "id": 1, "method": "ping"}
            denied = await client.post("/mcp", json=hello)
            assert denied.status_code == 401
            headers = {"Authorization": "Bearer mesh-token", "Accept": "application/json, text/event-stream"}
            initialize = {
                "jsonrpc": "2.0",
                "id": 1,
                "method": "initialize",
                "params": {
                    "protocolVersion": "2025-06-18",
                    "capabilities": {},
                    "clientInfo": {"name": "t", "version": "1"},
                },
            }
            allowed = await client.post("/mcp", json=initialize, headers=headers)
            assert allowed.status_code == 200, allowed.text
            # Stateless: the next request needs no session from this replica's memory.
            tools = await client.post("/mcp", json={"jsonrpc": "2.0", "id": 2, "method": "tools/list"}, headers=headers)
            assert "ask_agent" in tools.text


async def test_allowed_hosts_turn_the_host_header_check_on() -> None:
    settings = Settings.from_env().with_overrides(token="mesh-token")
    app = gateway_app(settings, host="0.0.0.0", allowed_hosts=["mcp.example.org"])
    headers = {"Authorization": "Bearer mesh-token", "Accept": "application/json, text/event-stream"}
    ping = {"jsonrpc": "2.0", "id": 1, "method": "tools/list"}
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://elsewhere.example") as client:
            assert (await client.post("/mcp", json=ping, headers=headers)).status_code == 421


def test_the_gateway_command_refuses_to_start_without_a_token() -> None:
    import argparse

    from servers.cli import UsageError
    from servers.cli.gateway import run

    args = argparse.Namespace(
        host="127.0.0.1", port=0, registry=None, data_dir=None, call_timeout=None, log_level="warning", allowed_host=[]
    )
    with pytest.raises(UsageError, match="ACCORD_TOKEN"):
        run(args)
