"""The code reviewer's MCP tool server: a static review of Python (and token-level JavaScript) using ``ast``."""

from servers.tools.code_reviewer.server import create_server

__all__ = ["create_server"]
