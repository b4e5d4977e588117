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
from functools import cache

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


@cache
def _kinds() -> tuple[tuple[type[BaseException], str], ...]:
    """Error classes by kind, most specific first. Imported here, not at module load, so the CLI stays fast."""
    from agents.errors import ConfigurationError, LimitExceeded, ModelError, ToolServerError
    from agents.orchestrator import OrchestrationError
    from agents.registry import RegistryError, RegistryUnavailable, UnknownAgent
    from agents.runs_client import RunsUnavailable
    from agents.spec import SpecError
    from agents.storage.errors import StorageError
    from agents.storage.leases import LeaseTaken
    from agents.trace_gate import TraceLimitExceeded
    from cards import UnknownCard
    from patterns.errors import BudgetExceeded, CircuitOpen, MaxDepthExceeded, PlanError, TransportError
    from servers.credentials import CredentialError
    from servers.gateway import errors as gateway
    from servers.registry.errors import (
        AgentNotFound,
        BadRequest,
        InvalidCard,
        NameTaken,
        RegistryServiceError,
        TooLarge,
        Unauthorized,
    )
    from servers.registry.hosts import HostRefused
    from servers.tools import UnknownToolServer

    return (
        (Unauthorized, "unauthorized"),
        (CredentialError, "unauthorized"),
        (AgentNotFound, "not_found"),
        (UnknownAgent, "not_found"),
        (gateway.UnknownAgentName, "not_found"),
        (gateway.RunNotFound, "not_found"),
        (UnknownCard, "not_found"),
        (UnknownToolServer, "not_found"),
        (NameTaken, "conflict"),
        (LeaseTaken, "conflict"),
        (TooLarge, "too_large"),
        (BadRequest, "invalid_request"),
        (InvalidCard, "invalid_card"),
        (HostRefused, "invalid_request"),
        (SpecError, "invalid_request"),
        (PlanError, "invalid_request"),
        (OrchestrationError, "invalid_request"),
        (RegistryServiceError, "invalid_request"),
        (BudgetExceeded, "limit_exceeded"),
        (gateway.BudgetExceeded, "limit_exceeded"),
        (MaxDepthExceeded, "limit_exceeded"),
        (LimitExceeded, "limit_exceeded"),
        (TraceLimitExceeded, "limit_exceeded"),
        (RegistryUnavailable, "unavailable"),
        (RegistryError, "unavailable"),
        (RunsUnavailable, "unavailable"),
        (gateway.AgentDown, "unavailable"),
        (gateway.RegistryUnreachable, "unavailable"),
        (gateway.AgentFailed, "agent_failed"),
        (ToolServerError, "unavailable"),
        (StorageError, "unavailable"),
        (TransportError, "unavailable"),
        (CircuitOpen, "unavailable"),
        (ModelError, "model_error"),
        (ConfigurationError, "configuration"),
    )


def kind_of(exc: BaseException, extra: tuple[tuple[type[BaseException], str], ...] = ()) -> WireError:
    """The row for ``exc``: the first class of ``extra`` (an edge's own errors, the CLI's usage errors say), then
    of the table, that it is an instance of; otherwise ``internal``."""
    for error_type, kind in (*extra, *_kinds()):
        if isinstance(exc, error_type):
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
