"""What travels with a request: the hop counter, the W3C trace context, and the run id for logs.

``Request.metadata["hops"]`` counts how many workers a request has passed through. Every pattern checks it on
the way in and increments it on the way out, and the A2A adapter carries it in message metadata, so an
A→B→A loop over the network stops at ``max_depth`` instead of running forever.

``Request.metadata["traceparent"]`` carries a W3C trace context (``00-<trace id>-<parent id>-<flags>``); each
outgoing call gets a child with the same trace id, so one orchestration is one trace across agents.
"""

from __future__ import annotations

import logging
import re
import secrets
from contextvars import ContextVar
from dataclasses import dataclass

from patterns.errors import MaxDepthExceeded
from patterns.worker import Request

MAX_DEPTH = 4

current_run_id: ContextVar[str | None] = ContextVar("accord_run_id", default=None)


def hops(request: Request) -> int:
    """How many hops ``request`` has made; a missing or malformed counter counts as 0."""
    try:
        return max(0, int(request.metadata.get("hops", 0)))
    except (TypeError, ValueError):
        return 0


def check_depth(request: Request, max_depth: int = MAX_DEPTH, *, forwarding: bool = False) -> None:
    """The one hop check. A request arriving (the default) is refused when it has already made ``max_depth`` hops;
    one being forwarded, whose hop is already counted (``forwarding``), when it would make more than that."""
    count = hops(request)
    if forwarding and count > max_depth:
        raise MaxDepthExceeded(f"not forwarding: {count} hops would exceed max depth {max_depth}")
    if not forwarding and count >= max_depth:
        raise MaxDepthExceeded(f"request refused: it has passed through {count} agents (max depth {max_depth})")


def next_hop(request: Request, max_depth: int = MAX_DEPTH) -> Request:
    """The request to send one hop further: ``hops`` + 1, and a child ``traceparent``.

    Raises ``MaxDepthExceeded`` when the next hop would go past ``max_depth``.
    """
    metadata = dict(request.metadata)
    metadata["hops"] = hops(request) + 1
    check_depth(request.replace(metadata=metadata), max_depth, forwarding=True)
    parent = TraceParent.parse(metadata.get("traceparent"))
    metadata["traceparent"] = str(parent.child() if parent else TraceParent.new())
    return request.replace(metadata=metadata)


_TRACEPARENT = re.compile(r"^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$")


@dataclass(frozen=True, slots=True)
class TraceParent:
    """A W3C ``traceparent``: version 00, a 32-hex trace id, a 16-hex parent (span) id and flags."""

    trace_id: str
    parent_id: str
    flags: str = "01"

    @classmethod
    def new(cls, sampled: bool = True) -> TraceParent:
        """A new root: a fresh trace id and span id."""
        return cls(secrets.token_hex(16), secrets.token_hex(8), "01" if sampled else "00")

    @classmethod
    def parse(cls, header: object) -> TraceParent | None:
        """The trace context in ``header``, or ``None`` when it is missing or invalid (never raises)."""
        if not isinstance(header, str):
            return None
        match = _TRACEPARENT.match(header.strip().lower())
        if not match:
            return None
        version, trace_id, parent_id, flags = match.groups()
        # all-zero ids and version ff are invalid by the spec
        if version == "ff" or trace_id == "0" * 32 or parent_id == "0" * 16:
            return None
        return cls(trace_id, parent_id, flags)

    def child(self) -> TraceParent:
        """The context for a call made from this span: same trace, new span id."""
        return TraceParent(self.trace_id, secrets.token_hex(8), self.flags)

    def __str__(self) -> str:
        return f"00-{self.trace_id}-{self.parent_id}-{self.flags}"


class RunContextFilter(logging.Filter):
    """Adds ``run_id`` from the current run to every record that lacks one.

    Attach it to a handler so log lines from any module inside an orchestration carry its id.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "run_id"):
            record.run_id = current_run_id.get()
        return True
