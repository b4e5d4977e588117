"""Tool server test fixtures: anyio on asyncio, and a one-call helper over the in-memory MCP client."""

from __future__ import annotations

from typing import Any

import pytest
from mcp import Client


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def call(server: Any, tool: str, **arguments: Any):
    """Call one tool on ``server`` through a real MCP client session (in-memory transport)."""
    async with Client(server) as client:
        return await client.call_tool(tool, arguments)


def error_text(result: Any) -> str:
    assert result.is_error, result.structured_content
    return result.content[0].text
