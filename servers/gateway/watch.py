"""``AgentWatch``: tells the gateway's MCP clients when agents come and go, and when a card they watch changes.

Every agent card is a resource, ``accord://agents/{name}``. The watch polls the registry (a cheap, cached
request) and compares what it sees with what it saw last:

- an agent registered or evicted: ``notifications/resources/list_changed``;
- an agent's card or status changed: ``notifications/resources/updated`` for its URI, to the clients that
  subscribed to it (``resources/subscribe``).

Handshake-era clients (up to 2025-11-25) get these on their connection's standalone stream; 2026-07-28 clients
get them through ``subscriptions/listen`` (the SDK's subscription bus).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import weakref
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
from mcp.server.subscriptions import SubscriptionBus
from mcp.shared.subscriptions import ResourcesListChanged, ResourceUpdated

from agents.registry import AgentRecord
from servers.tools.protocol import PerConnection

PREFIX = "accord://agents/"
POLL_INTERVAL_S = 2.0
MAX_SUBSCRIPTIONS = 1_000
"""Most URIs one connection may watch: enough for any mesh, too few to grow without bound."""

logger = logging.getLogger(__name__)


def card_uri(name: str) -> str:
    return f"{PREFIX}{name}"


def fingerprint(record: AgentRecord) -> str:
    """What a watcher of the card would notice: the card itself and whether the agent is up."""
    card = json.dumps(record.card, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(f"{record.status}\n{card}".encode()).hexdigest()


class AgentWatch:
    """The agents last seen, the clients to tell, and what each client subscribed to."""

    def __init__(
        self,
        agents: Callable[[], Awaitable[list[AgentRecord]]],
        bus: SubscriptionBus,
        *,
        interval_s: float = POLL_INTERVAL_S,
    ) -> None:
        self._agents = agents
        self._bus = bus
        self.interval_s = interval_s
        self._seen: dict[str, str] | None = None  # name -> fingerprint; None until the first answer
        self._peers: PerConnection[weakref.ref[Any]] = PerConnection()  # handshake connection -> its Connection
        self._subscriptions: PerConnection[set[str]] = PerConnection()

    def met(self, session: Any) -> None:
        """Remember a handshake-era connection (by any session of it) so list changes reach it.

        Only weak references are kept: the SDK's ``Connection`` behind a request's session is what outlives the
        request, and remembering it must not keep a closed connection alive. (The SDK has no public accessor for
        it; without one, the connection is not told of list changes and nothing else breaks.)
        """
        connection = getattr(session, "_connection", None)
        if session.client_params is not None and connection is not None:
            self._peers.set(session.client_params, weakref.ref(connection))

    def subscribe(self, session: Any, uri: str) -> None:
        self.met(session)
        watched = self._subscriptions.get(session.client_params, set())
        if not watched:
            self._subscriptions.set(session.client_params, watched)
        if len(watched) < MAX_SUBSCRIPTIONS:
            watched.add(uri)

    def unsubscribe(self, session: Any, uri: str) -> None:
        self._subscriptions.get(session.client_params, set()).discard(uri)

    async def refresh(self) -> None:
        """Look at the registry once and tell whoever should know what changed since the last look."""
        records = await self._agents()
        now = {record.name: fingerprint(record) for record in records}
        before, self._seen = self._seen, now
        if before is None:
            return
        if now.keys() != before.keys():
            await self._bus.publish(ResourcesListChanged())
            for _, connection in self.connections():
                with contextlib.suppress(Exception):  # one client gone away must not stop the others hearing
                    await connection.send_resource_list_changed()
        changed = {card_uri(name) for name in now.keys() | before.keys() if now.get(name) != before.get(name)}
        for uri in sorted(changed):
            await self._bus.publish(ResourceUpdated(uri=uri))
            for peer, connection in self.connections():
                if uri in self._subscriptions.get(peer, set()):
                    with contextlib.suppress(Exception):
                        await connection.send_resource_updated(uri)

    def connections(self) -> list[tuple[Any, Any]]:
        """Each live handshake-era connection the watch tells of changes, with the peer it was met by."""
        return [(peer, connection) for peer, ref in self._peers.items() if (connection := ref()) is not None]

    async def run(self) -> None:
        """Refresh every ``interval_s`` until cancelled; a registry that does not answer is tried again later."""
        while True:
            try:
                await self.refresh()
            except Exception as exc:  # noqa: BLE001 - the watch outlives any one failed look
                logger.debug("agent watch: %s", exc)
            await anyio.sleep(self.interval_s)
