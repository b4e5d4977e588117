"""accord's own MCP tool servers, one package per specialist.

Each ``servers/tools/<name>/`` package exposes ``create_server(data_dir: Path) -> MCPServer``. The same server
object is served over stdio (``accord tools NAME``), over Streamable HTTP (``--http``), and opened in-process by
the agent through the MCP SDK's in-memory transport, so every path is MCP end to end. Each is an
``AccordServer`` (``protocol.py``): versioned, annotated, logging, with closed output schemas.

``conformance`` is the MCP conformance suite's fixture server: served on request, never part of the mesh.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mcp.server import MCPServer

TOOL_SERVERS = ("calculator", "researcher", "writer", "summarizer", "fact_checker", "code_reviewer")
TEST_SERVERS = ("conformance",)
"""Served on request (``accord tools conformance``) but no agent's and never in the mesh: protocol fixtures."""


class UnknownToolServer(LookupError):
    """No tool server has that name."""


def available() -> list[str]:
    """Names of the tool servers installed in this build."""
    return [name for name in TOOL_SERVERS if importlib.util.find_spec(f"servers.tools.{name}") is not None]


def create_tool_server(name: str, data_dir: Path) -> MCPServer:
    """Build the named tool server; ``data_dir`` holds whatever state it keeps (the knowledge base, say)."""
    if name not in (*available(), *TEST_SERVERS):
        raise UnknownToolServer(f"unknown tool server {name!r}; choose from {', '.join(available())}")
    module = importlib.import_module(f"servers.tools.{name}")
    return module.create_server(Path(data_dir))
