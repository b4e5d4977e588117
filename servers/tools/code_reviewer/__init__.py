"""The code reviewer's MCP tool server: syntax, lint rules and complexity for Python, using ``ast`` only."""

from servers.tools.code_reviewer.server import create_server

__all__ = ["create_server"]
