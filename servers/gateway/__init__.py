"""The MCP gateway: the whole mesh as one MCP server (list agents, ask one, orchestrate, fetch a run).

``create_gateway`` builds the ``MCPServer``; ``accord mcp`` serves it over stdio and ``accord up`` mounts it at
``/mcp`` in the registry app (``gateway_routes`` and ``gateway_lifespan``), behind the registry's bearer token.
"""

from __future__ import annotations

from servers.gateway.calls import DEFAULT_CALL_TIMEOUT_S, Gateway
from servers.gateway.errors import (
    AgentDown,
    AgentFailed,
    BudgetExceeded,
    GatewayError,
    RegistryUnreachable,
    RunNotFound,
    UnknownAgentName,
)
from servers.gateway.http import gateway_lifespan, gateway_routes
from servers.gateway.server import create_gateway

__all__ = [
    "DEFAULT_CALL_TIMEOUT_S",
    "AgentDown",
    "AgentFailed",
    "BudgetExceeded",
    "Gateway",
    "GatewayError",
    "RegistryUnreachable",
    "RunNotFound",
    "UnknownAgentName",
    "create_gateway",
    "gateway_lifespan",
    "gateway_routes",
]
