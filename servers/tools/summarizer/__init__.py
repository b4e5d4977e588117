"""The summarizer's MCP tool server: extractive summaries, key points and keywords, offline."""

from servers.tools.summarizer.server import create_server

__all__ = ["create_server"]
