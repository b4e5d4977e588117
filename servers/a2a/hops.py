"""The hop counter and trace context on the receiving side: read from an incoming A2A message's metadata.

A caller (a ``RemoteAgent``, an orchestrator) puts ``hops`` and ``traceparent`` in the message metadata; an agent
refuses a message that has already made ``max_depth`` hops, so an A→B→A loop over the network ends there.

The trace context also arrives as the W3C ``traceparent`` HTTP header (the SDK keeps the request's headers in
``ServerCallContext.state["headers"]``). An agent that drops accord's metadata usually still passes that header
on, so the orchestrator can tell a call back into the same trace (see ``agents.trace_gate``) even without ``hops``.
"""

from __future__ import annotations

import logging
import weakref
from typing import Any, cast

from a2a.server.agent_execution import RequestContext
from a2a.server.context import ServerCallContext
from google.protobuf import json_format

from patterns import MAX_DEPTH, MaxDepthExceeded, Request, TraceParent, check_depth

log = logging.getLogger(__name__)


PARSED = "accord.incoming_metadata"  # call-context state: (the request context, its metadata as parsed)


def incoming_metadata(context: RequestContext) -> dict[str, Any]:
    """The request's metadata, then the message's on top (the message is what A2A clients usually fill).

    Without a valid ``traceparent`` in the metadata, the one from the HTTP header is used. Parsed once per
    request (the hop check and the executor both read it): a copy of the first parse is returned after that.
    """
    call = cast("ServerCallContext | None", context.call_context)  # typed as always present; tests build none
    kept = call.state.get(PARSED) if call is not None else None
    if isinstance(kept, tuple) and kept[0]() is context:
        return dict(cast("dict[str, Any]", kept[1]))
    metadata = _parsed(context)
    if call is not None:  # a weak reference: the call context outlives nothing it names
        call.state[PARSED] = (weakref.ref(context), metadata)
    return dict(metadata)


def _parsed(context: RequestContext) -> dict[str, Any]:
    metadata = dict(context.metadata or {})
    message = context.message
    if message is not None and message.HasField("metadata"):
        metadata.update(json_format.MessageToDict(message.metadata))
    if TraceParent.parse(metadata.get("traceparent")) is None:
        header = TraceParent.parse(header_traceparent(context))
        if header is not None:
            metadata["traceparent"] = str(header)
    return metadata


def header_traceparent(context: RequestContext) -> str | None:
    """The ``traceparent`` HTTP header of the request behind ``context``, when there was one."""
    headers = _headers(context.call_context)
    if headers is None:
        return None
    value = headers.get("traceparent")  # Starlette lower-cases header names
    return value if isinstance(value, str) else None


def _headers(call: ServerCallContext | None) -> dict[str, object] | None:
    """The HTTP headers the SDK kept for the request, when it kept them."""
    headers = call.state.get("headers") if call is not None else None
    return cast(dict[str, object], headers) if isinstance(headers, dict) else None


def refusal(context: RequestContext, max_depth: int = MAX_DEPTH) -> str | None:
    """Why this message must be refused (too many hops), or ``None`` when it may run."""
    metadata = incoming_metadata(context)
    trace = TraceParent.parse(metadata.get("traceparent"))
    if trace is not None:
        log.debug("task %s in trace %s", context.task_id, trace.trace_id)
    try:
        check_depth(Request("", metadata=metadata), max_depth)
    except MaxDepthExceeded as exc:
        return str(exc)
    return None
