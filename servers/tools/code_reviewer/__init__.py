"""The code reviewer's MCP tool server: a static review of Python using ``ast``, and scans of JavaScript, shell scripts
and SQL for their classic mistakes."""

from servers.tools.code_reviewer.server import create_server

__all__ = ["create_server"]
