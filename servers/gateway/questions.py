"""An agent's question to a 2026-07-28 MCP client: asked by returning ``InputRequiredResult``, answered on retry.

A 2026-07-28 connection has no server-to-client requests, so the gateway cannot elicit in the middle of a call as
it does on handshake-era connections (``calls._ask``). Instead the tool returns an ``InputRequiredResult`` holding
the elicitation and, as its request state, which task asked what; the client asks its user and calls the tool
again with the answer, and the retry continues the same A2A task. The SDK seals the request state, so a client
can neither read nor forge it.
"""

from __future__ import annotations

import json
from typing import Any, cast

from mcp.server.elicitation import render_elicitation_schema
from mcp.server.mcpserver import Context
from mcp_types import ElicitRequest, ElicitRequestFormParams, ElicitResult, InputRequiredResult
from mcp_types.version import MODERN_PROTOCOL_VERSIONS

from servers.gateway.calls import MAX_MESSAGE_CHARS, MAX_QUESTIONS, Answer

KEY = "answer"


def asks_by_retry(ctx: Context) -> bool:
    """Whether the client of ``ctx`` takes questions as ``InputRequiredResult`` (2026-07-28, with elicitation)."""
    try:
        request = ctx.request_context
        capabilities = request.session.client_capabilities
    except Exception:  # noqa: BLE001 - outside a request: nobody to ask
        return False
    return request.protocol_version in MODERN_PROTOCOL_VERSIONS and bool(capabilities and capabilities.elicitation)


def question(ctx: Context, result: dict[str, Any]) -> InputRequiredResult | None:
    """The agent's question in ``result`` as an ``InputRequiredResult``, when it is one and the client can answer."""
    asked = int(result.get("asked", 0))
    if result.get("state") != "input-required" or asked >= MAX_QUESTIONS or not asks_by_retry(ctx):
        return None
    state = {key: result.get(key) for key in ("agent", "task_id", "context_id", "question")}
    state["asked"] = asked + 1
    form = ElicitRequestFormParams(
        message=f"{result.get('agent')} asks: {result.get('question')}",
        requested_schema=render_elicitation_schema(Answer),
    )
    return InputRequiredResult(input_requests={KEY: ElicitRequest(params=form)}, request_state=json.dumps(state))


def answered(ctx: Context) -> tuple[dict[str, Any], str | None] | None:
    """On the retry of a question: which task asked (agent, task_id, context_id, question) and the answer, ``None``
    when declined; ``None`` altogether on a first call."""
    try:
        sealed, responses = ctx.request_state, ctx.input_responses
    except Exception:  # noqa: BLE001 - outside a request
        return None
    if not sealed:
        return None
    try:
        state = json.loads(sealed)
    except ValueError:
        return None
    if not isinstance(state, dict):
        return None
    state = cast("dict[str, Any]", state)  # the request state this gateway sealed, round-tripped by the client
    if not isinstance(state.get("task_id"), str):
        return None
    reply = (responses or {}).get(KEY)
    content = reply.content if isinstance(reply, ElicitResult) and reply.action == "accept" else None
    answer = content.get(KEY) if isinstance(content, dict) else None
    if not isinstance(answer, str) or not answer.strip():
        return state, None
    return state, answer.strip()[:MAX_MESSAGE_CHARS]
