"""The researcher's MCP tool server: a knowledge base in SQLite FTS5, searched by BM25, with sources."""

from servers.tools.researcher.server import create_server

__all__ = ["create_server"]
