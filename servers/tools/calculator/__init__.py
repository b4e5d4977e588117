"""The calculator's MCP tool server: arithmetic, percentages, statistics and unit conversion."""

from servers.tools.calculator.server import create_server

__all__ = ["create_server"]
