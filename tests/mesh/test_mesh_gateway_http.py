"""The gateway over Streamable HTTP at ``/mcp`` in the registry that ``accord up`` serves: token required."""

from __future__ import annotations

import anyio
import httpx
import httpx2
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

pytestmark = pytest.mark.anyio


async def test_http_gateway_refuses_a_request_without_the_token(mesh) -> None:
    async with httpx.AsyncClient() as http:
        response = await http.post(f"{mesh.url}/mcp", json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
        wrong = await http.post(f"{mesh.url}/mcp", json={}, headers={"Authorization": "Bearer nope"})
    assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"
    assert wrong.status_code == 401


async def test_http_gateway_with_the_token_asks_an_agent(mesh) -> None:
    async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {mesh.token}"}) as http:
        async with Client(streamable_http_client(f"{mesh.url}/mcp", http_client=http)) as client:
            agents = (await client.call_tool("list_agents", {"query": "percentages"})).structured_content["result"]
            answer = await client.call_tool("ask_agent", {"agent": "calculator", "message": "What is 2 + 40?"})
            cards = {str(resource.uri) for resource in (await client.list_resources()).resources}
            version = client.server_info.version
            result = answer.structured_content
            # The mesh's call timeout is 0.05 s: the answer usually comes back through get_run.
            with anyio.fail_after(30):
                while result["state"] == "working":
                    await anyio.sleep(0.1)
                    result = (await client.call_tool("get_run", {"run_id": result["run_id"]})).structured_content
    assert agents[0]["name"] == "calculator"
    assert {f"accord://agents/{name}" for name in ("calculator", "writer", "orchestrator")} <= cards
    assert version
    assert result["state"] == "completed" and "42" in result["text"]
