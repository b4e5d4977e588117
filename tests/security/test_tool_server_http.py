"""Tool servers over HTTP: a token is required to bind anything but loopback, and every request then needs it."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from servers.cli import UsageError, main
from servers.cli.tools import http_app
from servers.credentials import TokenStore
from servers.tools import create_tool_server
from tests.security.conftest import INITIALIZE
from tests.support.servers import free_port, running

MCP_HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


def test_binding_beyond_loopback_without_a_token_refuses_to_start(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.delenv("ACCORD_TOKEN", raising=False)
    argv = [
        "tools",
        "calculator",
        "--http",
        "--host",
        "0.0.0.0",
        "--port",
        str(free_port()),
        "--data-dir",
        str(tmp_path),
    ]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "without a token" in err and "ACCORD_TOKEN" in err and len(err.strip().splitlines()) == 1


def test_a_client_token_is_enough_to_bind_beyond_loopback(tmp_path: Path) -> None:
    TokenStore.in_data_dir(tmp_path).add("tools-user")
    assert http_app(create_tool_server("calculator", tmp_path), host="0.0.0.0", mesh_token=None, data_dir=tmp_path)
    with pytest.raises(UsageError):
        http_app(
            create_tool_server("calculator", tmp_path / "empty"),
            host="10.0.0.5",
            mesh_token=None,
            data_dir=tmp_path / "empty",
        )


@pytest.mark.anyio
async def test_over_a_real_socket_the_tool_server_needs_the_token(tmp_path: Path) -> None:
    app = http_app(
        create_tool_server("calculator", tmp_path), host="127.0.0.1", mesh_token="tool-token", data_dir=tmp_path
    )
    async with running(app) as url, httpx.AsyncClient(timeout=10) as http:
        denied = await http.post(f"{url}/mcp", json=INITIALIZE, headers=MCP_HEADERS)
        assert denied.status_code == 401
        allowed = await http.post(
            f"{url}/mcp", json=INITIALIZE, headers={**MCP_HEADERS, "Authorization": "Bearer tool-token"}
        )
        assert allowed.status_code == 200
