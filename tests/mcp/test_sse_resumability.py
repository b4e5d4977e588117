"""SSE resumability on the Streamable HTTP servers: a priming event with ``retry``, and replay after a break.

Both the tool servers' HTTP app (``accord tools NAME --http``) and the gateway's route open every SSE stream of a
2025-11-25 client with an event that has an id, empty data and a ``retry``; a client that lost the stream asks
again with ``Last-Event-ID`` and receives what it missed.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

import anyio
import httpx
import pytest
from mcp.server.streamable_http import EventMessage
from mcp_types import JSONRPCNotification
from starlette.applications import Starlette

from servers.cli.tools import http_app
from servers.gateway import create_gateway, gateway_lifespan, gateway_routes
from servers.tools import create_tool_server
from servers.tools.events import RETRY_MS, MemoryEventStore
from tests.support.servers import running

pytestmark = pytest.mark.anyio
TOKEN = "mesh-token-for-the-sse-tests"
INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}},
}
HEADERS = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


async def events(response: httpx.Response, count: int) -> list[dict[str, str]]:
    """The first ``count`` SSE events of ``response``, each as its fields."""
    found: list[dict[str, str]] = []
    event: dict[str, str] = {}
    with anyio.fail_after(10):
        async for line in response.aiter_lines():
            if not line:
                if event:
                    found.append(event)
                    event = {}
                if len(found) == count:
                    break
                continue
            name, _, value = line.partition(":")
            event[name] = value.removeprefix(" ")
    return found


Server = Callable[[Path], AbstractAsyncContextManager[tuple[str, dict[str, str]]]]
"""Serves one kind of Streamable HTTP server for a test: yields its MCP URL and the headers that admit a caller."""


@asynccontextmanager
async def tool_server(tmp_path: Path) -> AsyncGenerator[tuple[str, dict[str, str]], None]:
    app = http_app(create_tool_server("calculator", tmp_path), host="127.0.0.1", mesh_token=None, data_dir=tmp_path)
    async with running(app) as url:
        yield f"{url}/mcp", {}


@asynccontextmanager
async def gateway(tmp_path: Path) -> AsyncGenerator[tuple[str, dict[str, str]], None]:
    mcp = create_gateway("http://127.0.0.1:9")
    async with running(Starlette(routes=gateway_routes(mcp, TOKEN), lifespan=gateway_lifespan(mcp))) as url:
        yield f"{url}/mcp", {"Authorization": f"Bearer {TOKEN}"}


@pytest.mark.parametrize("server", [tool_server, gateway], ids=["tool-server", "gateway"])
async def test_a_stream_opens_with_a_priming_event_and_resumes_after_it(tmp_path: Path, server: Server):
    async with server(tmp_path) as (url, auth), httpx.AsyncClient(timeout=10, headers=auth) as http:
        async with http.stream("POST", url, json=INITIALIZE, headers=HEADERS) as response:
            assert response.headers["content-type"].startswith("text/event-stream")
            session = response.headers["mcp-session-id"]
            priming, answer = await events(response, 2)
        assert priming["id"] and priming["data"] == "" and priming["retry"] == str(RETRY_MS)
        assert json.loads(answer["data"])["result"]["serverInfo"]["version"]
        # The stream broke right after the priming event: asking again from there replays the answer.
        resume = {**HEADERS, "mcp-session-id": session, "Last-Event-ID": priming["id"]}
        resume["mcp-protocol-version"] = "2025-11-25"
        async with http.stream("GET", url, headers=resume) as replay:
            assert replay.status_code == 200
            (again,) = await events(replay, 1)
    assert again["id"] == answer["id"] and json.loads(again["data"])["id"] == 1


async def test_the_event_store_keeps_only_the_newest_events_within_its_bounds():
    store = MemoryEventStore(max_events=3, max_bytes=10_000)
    note = JSONRPCNotification(jsonrpc="2.0", method="notifications/message", params={"data": "x" * 100})
    ids = [await store.store_event("s", note) for _ in range(5)]
    replayed: list[str | None] = []

    async def send(event: EventMessage) -> None:
        replayed.append(event.event_id)

    assert await store.replay_events_after(ids[0], send) is None  # evicted: too old to resume from
    assert await store.replay_events_after(ids[2], send) == "s" and replayed == ids[3:]
    small = MemoryEventStore(max_events=100, max_bytes=300)
    kept = [await small.store_event("t", note) for _ in range(5)]
    assert await small.replay_events_after(kept[1], send) is None  # the byte bound evicted it
