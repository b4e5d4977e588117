"""The hop counter and trace context on the receiving side: read from an incoming A2A message's metadata.

A caller (a ``RemoteAgent``, an orchestrator) puts ``hops`` and ``traceparent`` in the message metadata; an agent
refuses a message that has already made ``max_depth`` hops, so an A→B→A loop over the network ends there.
"""

from __future__ import annotations

import logging
from typing import Any

from a2a.server.agent_execution import RequestContext
from google.protobuf import json_format

from patterns import MAX_DEPTH, MaxDepthExceeded, Request, TraceParent, check_depth

log = logging.getLogger(__name__)


def incoming_metadata(context: RequestContext) -> dict[str, Any]:
    """The request's metadata, then the message's on top (the message is what A2A clients usually fill)."""
    metadata = dict(context.metadata or {})
    message = context.message
    if message is not None and message.HasField("metadata"):
        metadata.update(json_format.MessageToDict(message.metadata))
    return metadata


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
