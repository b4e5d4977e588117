"""Tool server test fixtures: anyio on asyncio, a one-call helper over the in-memory MCP client, a CPU timer."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
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
