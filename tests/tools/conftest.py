"""Tool server test fixtures: anyio on asyncio, one-call helpers over the in-memory MCP client, a CPU timer."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from mcp import Client

from agents.models.arguments import fill_arguments


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


async def call(server: Any, tool: str, **arguments: Any):
    """Call one tool on ``server`` through a real MCP client session (in-memory transport)."""
    async with Client(server) as client:
        return await client.call_tool(tool, arguments)


async def call_as_asked(server: Any, tool: str, request: str) -> Any:
    """``tool``'s result for ``request`` with the arguments the offline model fills from it; ``None`` when the
    model would ask for missing material (the code, the text) instead of calling."""
    async with Client(server) as client:
        listed = next(t for t in (await client.list_tools()).tools if t.name == tool)
        filled = fill_arguments(request, listed.input_schema)
        if filled.missing:
            return None
        return await client.call_tool(tool, filled.arguments)


def error_text(result: Any) -> str:
    assert result.is_error, result.structured_content
    return result.content[0].text


class Spent:
    seconds = 0.0


@contextmanager
def cpu_time() -> Iterator[Spent]:
    """CPU seconds this process spends in the block: bounds the work done (a regex that backtracks, a quadratic
    scan), not how busy the machine happens to be, so a loaded machine cannot fail the test."""
    spent = Spent()
    started = time.process_time()
    try:
        yield spent
    finally:
        spent.seconds = time.process_time() - started
