"""A small MCP server for runtime tests: an echo, a slow tool to cancel, and a tool that crashes."""

from __future__ import annotations

import anyio
from mcp.server import MCPServer

server = MCPServer("toy-tools")
started = anyio.Event()


@server.tool()
def echo(text: str) -> str:
    """Repeat the text back."""
    return text


@server.tool()
async def slow(seconds: float) -> str:
    """Wait for a number of seconds, then answer."""
    started.set()
    await anyio.sleep(seconds)
    return "done"


@server.tool()
def boom(text: str) -> str:
    """Always crashes."""
    raise RuntimeError("secret internal detail")


if __name__ == "__main__":
    server.run()
