"""How accord's errors leave on every wire: one table from error kind to JSON-RPC code, HTTP status, MCP answer
and CLI exit code.

Each error accord raises on purpose belongs to one *kind* (``KIND_OF`` below). The kind, not the edge, decides
what a caller sees: a name nobody registered is ``not_found`` whether it reaches the registry's HTTP API (404),
the gateway (an MCP tool error), or the command line (exit 2). Messages of errors raised on purpose are written
for the person at the other end and pass through; anything else is ``internal``: the caller gets a generic
message and a reference, and the log gets the reference with the original text (``public_message``).

The README's "Errors" table is this table; a test keeps the two equal.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class WireError:
    """One kind of error and how each surface answers it.

    ``jsonrpc`` is the JSON-RPC error code for a request the A2A server refuses as a whole (``None``: refused
    before JSON-RPC, at the HTTP layer); ``mcp`` names the MCP answer (a tool error is a result with
    ``isError``; a protocol error is a JSON-RPC error of the MCP session).
    """

    kind: str
    http: int
    jsonrpc: int | None
    mcp: str
    exit_code: int
    meaning: str


ERRORS: tuple[WireError, ...] = (
    WireError("invalid_request", 400, -32602, "tool error", 2, "the request is malformed or names a bad value"),
    WireError("unauthorized", 401, None, "HTTP 401", 2, "no credential, or one without the scope the route needs"),
    WireError("invalid_card", 422, -32602, "tool error", 2, "a card that cannot be fetched or is not an Agent Card"),
    WireError("not_found", 404, -32001, "tool error", 2, "no agent, card, task, run or tool server by that name"),
    WireError("conflict", 409, -32600, "tool error", 1, "a name or a run is held by another live owner"),
    WireError("too_large", 413, -32600, "tool error", 2, "a body, card or input over its size cap"),
    WireError("limit_exceeded", 429, -32600, "tool error", 1, "a run went past a budget, a hop limit or a loop cap"),
    WireError("unavailable", 503, -32603, "tool error", 1, "a worker, the registry, a tool server or storage is down"),
    WireError("model_error", 502, -32603, "tool error", 1, "the model backend failed (key, rate limit, overload)"),
    WireError("agent_failed", 502, -32603, "tool error", 1, "the agent answered; its task failed or was rejected"),
    WireError("configuration", 500, -32603, "tool error", 2, "the component cannot run as configured"),
    WireError("internal", 500, -32603, "tool error", 1, "anything unexpected: a generic message and a reference"),
)
BY_KIND = {error.kind: error for error in ERRORS}
INTERNAL = BY_KIND["internal"]


# Error classes by kind, named "module.QualifiedName" where each is defined. Named, not imported: classifying an
# error must not import the world (the first 404 of a fresh registry took over half a second when it did); a test
# imports every name and checks it is still an error class.
KIND_OF: dict[str, str] = {
    "servers.registry.errors.Unauthorized": "unauthorized",
    "servers.credentials.CredentialError": "unauthorized",
    "servers.registry.errors.AgentNotFound": "not_found",
    "agents.registry.UnknownAgent": "not_found",
    "servers.gateway.errors.UnknownAgentName": "not_found",
    "servers.gateway.errors.RunNotFound": "not_found",
    "cards.UnknownCard": "not_found",
    "servers.tools.UnknownToolServer": "not_found",
    "servers.registry.errors.NameTaken": "conflict",
    "agents.storage.leases.LeaseTaken": "conflict",
    "servers.registry.errors.TooLarge": "too_large",
    "servers.registry.errors.BadRequest": "invalid_request",
    "servers.registry.errors.InvalidCard": "invalid_card",
    "servers.registry.hosts.HostRefused": "invalid_request",
    "agents.spec.SpecError": "invalid_request",
    "patterns.errors.PlanError": "invalid_request",
    "agents.orchestrator.OrchestrationError": "invalid_request",
    "servers.registry.errors.RegistryServiceError": "invalid_request",
    "patterns.errors.BudgetExceeded": "limit_exceeded",
    "servers.gateway.errors.BudgetExceeded": "limit_exceeded",
    "patterns.errors.MaxDepthExceeded": "limit_exceeded",
    "agents.errors.LimitExceeded": "limit_exceeded",
    "agents.trace_gate.TraceLimitExceeded": "limit_exceeded",
    "agents.registry.RegistryUnavailable": "unavailable",
    "agents.registry.RegistryError": "unavailable",
    "agents.runs_client.RunsUnavailable": "unavailable",
    "servers.gateway.errors.AgentDown": "unavailable",
    "servers.gateway.errors.RegistryUnreachable": "unavailable",
    "servers.gateway.errors.AgentFailed": "agent_failed",
    "agents.errors.ToolServerError": "unavailable",
    "agents.storage.errors.StorageError": "unavailable",
    "patterns.errors.TransportError": "unavailable",
    "patterns.errors.CircuitOpen": "unavailable",
    "agents.errors.ModelError": "model_error",
    "agents.errors.ConfigurationError": "configuration",
}


def kind_of(exc: BaseException, extra: tuple[tuple[type[BaseException], str], ...] = ()) -> WireError:
    """The row for ``exc``: the first class of ``extra`` (an edge's own errors, the CLI's usage errors say) that
    it is an instance of, then its own class or the nearest base class in ``KIND_OF``; otherwise ``internal``."""
    for error_type, kind in extra:
        if isinstance(exc, error_type):
            return BY_KIND[kind]
    for cls in type(exc).__mro__:
        if (kind := KIND_OF.get(f"{cls.__module__}.{cls.__qualname__}")) is not None:
            return BY_KIND[kind]
    return INTERNAL


def public_message(exc: BaseException, error: WireError | None = None, *, traceback: bool = True) -> str:
    """What a caller may read about ``exc``: its own words if accord raised it on purpose, else a generic message
    with a reference that the log carries beside the original text (and the traceback, for a server's log; the
    command line, whose log is the user's terminal, passes ``traceback=False``)."""
    from agents.errors import AccordError

    error = error or kind_of(exc)
    if error is not INTERNAL or isinstance(exc, AccordError):  # raised on purpose: its words are for the caller
        return str(exc) or error.meaning
    reference = uuid.uuid4().hex[:12]
    logger.error("internal error %s: %r", reference, exc, exc_info=exc if traceback else None)
    return f"internal error (reference {reference}); the operator's log has the details"


def markdown_table() -> str:
    """The table as the README shows it."""
    lines = [
        "| kind | meaning | HTTP | JSON-RPC | MCP | CLI exit |",
        "|---|---|---|---|---|---|",
    ]
    for error in ERRORS:
        rpc = "—" if error.jsonrpc is None else str(error.jsonrpc)
        lines.append(f"| `{error.kind}` | {error.meaning} | {error.http} | {rpc} | {error.mcp} | {error.exit_code} |")
    return "\n".join(lines)
