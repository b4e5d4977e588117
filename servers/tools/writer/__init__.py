"""The writer's MCP tool server: drafts, tone rewrites, revisions, a rubric judge, outlines and word counts."""

from servers.tools.writer.server import create_server

__all__ = ["create_server"]
