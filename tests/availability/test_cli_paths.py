"""The last CLI paths without tracebacks: a foreign agent's JSON-RPC error in ``accord ask``, and an empty
``orchestrate`` over MCP (a tool error, not an exception)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from anyio.from_thread import start_blocking_portal
from mcp import Client
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from servers.cli import main
from servers.gateway import create_gateway
from tests.support.servers import free_port, running


def foreign_agent(base_url: str) -> Starlette:
    """An agent that is not accord's: a valid card, and a JSON-RPC error for every call."""
    card = {
        "name": "foreign",
        "description": "Not accord's.",
        "version": "1.0.0",
        "capabilities": {},
        "defaultInputModes": ["text/plain"],
        "defaultOutputModes": ["text/plain"],
        "skills": [{"id": "x", "name": "X", "description": "x", "tags": ["x"]}],
        "supportedInterfaces": [{"url": f"{base_url}/", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"}],
    }

    async def rpc(request: Request) -> JSONResponse:
        body = await request.json()
        error = {"code": -32603, "message": "their own failure\nwith a second line"}
        return JSONResponse({"jsonrpc": "2.0", "id": body.get("id"), "error": error})

    return Starlette(
        routes=[Route("/.well-known/agent-card.json", lambda r: JSONResponse(card)), Route("/", rpc, methods=["POST"])]
    )


@pytest.fixture
def foreign() -> Iterator[str]:
    port = free_port()
    with start_blocking_portal("asyncio") as portal:
        with portal.wrap_async_context_manager(running(foreign_agent(f"http://127.0.0.1:{port}"), port)) as url:
            yield url


def test_a_foreign_agents_error_in_ask_is_one_line_and_exit_1(foreign, capsys):
    assert main(["ask", foreign, "hello", "--timeout", "10"]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "their own failure" in err


@pytest.mark.anyio
async def test_an_empty_orchestrate_over_mcp_is_a_tool_error(tmp_path):
    async with Client(create_gateway("http://127.0.0.1:9", data_dir=tmp_path)) as client:
        result = await client.call_tool("orchestrate", {"task": "   "})
    assert result.is_error and "the task is empty" in result.content[0].text
