"""The MCP conformance suite's fixture server (test-only): ``accord tools conformance --http``."""

from servers.tools.conformance.server import create_server

__all__ = ["create_server"]
