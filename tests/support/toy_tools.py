"""A small MCP server for runtime tests: an echo, a slow tool to cancel, and a tool that crashes."""

from __future__ import annotations

import anyio
from mcp.server import MCPServer

server = MCPServer("toy-tools")


class SlowCalls:
    """What the slow tool saw in one test: a call started, a call was cancelled."""

    def __init__(self) -> None:
        self.started = anyio.Event()
        self.cancelled = anyio.Event()


slow_calls = SlowCalls()


@server.tool()
def echo(text: str) -> str:
    """Repeat the text back."""
    return text


@server.tool()
async def slow(seconds: float) -> str:
    """Wait for a number of seconds, then answer."""
    calls = slow_calls
    calls.started.set()
    try:
        await anyio.sleep(seconds)
    except anyio.get_cancelled_exc_class():
        calls.cancelled.set()
        raise
    return "done"


@server.tool()
def boom(text: str) -> str:
    """Always crashes."""
    raise RuntimeError("secret internal detail")


if __name__ == "__main__":
    server.run()
