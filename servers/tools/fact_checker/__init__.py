"""The fact checker's MCP tool server: claims checked against the researcher's knowledge base."""

from servers.tools.fact_checker.server import create_server

__all__ = ["create_server"]
