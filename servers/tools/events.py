"""SSE resumability for accord's Streamable HTTP servers: a bounded in-memory ``EventStore``.

With an event store the SDK opens every SSE stream with a *priming event* (an id and empty data) carrying the
``retry`` interval, and a client whose stream broke reconnects with ``Last-Event-ID`` and receives what it
missed. Events live in this process's memory, at most ``max_events`` of them and ``max_bytes`` of JSON (the
oldest go first), which covers a dropped connection, not a restart.
"""

from __future__ import annotations

import itertools
from collections import OrderedDict

from mcp.server.streamable_http import EventCallback, EventId, EventMessage, EventStore, StreamId
from mcp_types import JSONRPCMessage

RETRY_MS = 1_000
"""The ``retry`` a client waits before reconnecting a broken stream."""
MAX_EVENTS = 10_000
MAX_BYTES = 32 * 1024 * 1024


class MemoryEventStore(EventStore):
    """The last ``max_events`` SSE events of every stream, replayable after any of them."""

    def __init__(self, max_events: int = MAX_EVENTS, max_bytes: int = MAX_BYTES) -> None:
        self.max_events = max_events
        self.max_bytes = max_bytes
        self._events: OrderedDict[str, tuple[StreamId, JSONRPCMessage | None, int]] = OrderedDict()
        self._bytes = 0
        self._ids = itertools.count(1)

    async def store_event(self, stream_id: StreamId, message: JSONRPCMessage | None) -> EventId:
        event_id = str(next(self._ids))
        size = len(message.model_dump_json(by_alias=True, exclude_none=True)) if message is not None else 0
        self._events[event_id] = (stream_id, message, size)
        self._bytes += size
        while self._events and (len(self._events) > self.max_events or self._bytes > self.max_bytes):
            self._bytes -= self._events.popitem(last=False)[1][2]
        return event_id

    async def replay_events_after(self, last_event_id: EventId, send_callback: EventCallback) -> StreamId | None:
        if last_event_id not in self._events:
            return None
        stream_id = self._events[last_event_id][0]
        after = False
        for event_id, (stream, message, _) in list(self._events.items()):
            if after and stream == stream_id and message is not None:
                await send_callback(EventMessage(message, event_id))
            after = after or event_id == last_event_id
        return stream_id
