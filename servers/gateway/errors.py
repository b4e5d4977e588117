"""The gateway's failures, as MCP tool errors: the client gets ``is_error=True`` and this message, no traceback."""

from __future__ import annotations

from mcp.server.mcpserver.exceptions import ToolError


class GatewayError(ToolError):
    """Base of every failure the gateway reports to its MCP client."""


class UnknownAgentName(GatewayError):
    """No agent by that name is registered."""


class AgentDown(GatewayError):
    """The agent is registered but not answering."""


class RegistryUnreachable(GatewayError):
    """The registry did not answer."""


class AgentFailed(GatewayError):
    """The agent answered, and its task ended failed, rejected or canceled."""


class BudgetExceeded(AgentFailed):
    """The run stopped on one of its budgets (agent calls, tokens, deadline, depth)."""


class RunNotFound(GatewayError):
    """No run record and no task carries that id."""
