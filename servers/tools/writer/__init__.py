"""The writer's MCP tool server: outlines, drafts, tone rewrites and word counts, offline."""

from servers.tools.writer.server import create_server

__all__ = ["create_server"]
