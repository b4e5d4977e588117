"""Prober: the registry checks the liveness of agents that do not heartbeat by fetching their card.

accord's own agents heartbeat. An agent registered by card URL from elsewhere (another framework, another team)
does not, and without the prober it would go ``down`` after ``Liveness.down_after`` and be routed around. So an
agent silent for one and a half heartbeat intervals (one that heartbeats is never that late) is probed: its card
URL is fetched, under the registry's host policy, size
cap and deadline (``cards.fetch_card``), and a card that still parses counts as the agent's heartbeat. A failed
probe is retried with exponential backoff (one interval, doubling, at most ``max_backoff``), so an agent that is
gone costs little; it goes ``down`` and is evicted by the usual liveness rules. An agent that heartbeats itself
is never silent long enough to be probed, and one registered with an inline card (no card URL) cannot be.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import anyio
import httpx

from agents.tls import client_tls
from servers.registry.cards import CardUnavailable, fetch_card
from servers.registry.directory import Directory
from servers.registry.errors import AgentNotFound

log = logging.getLogger(__name__)

DEFAULT_MAX_BACKOFF_S = 300.0
MAX_CONCURRENT_PROBES = 8
SILENT_INTERVALS = 1.5


@dataclass(slots=True)
class _Backoff:
    delay: float
    next_at: float


class Prober:
    """Probes the directory's silent agents; ``run`` loops until cancelled (a lifespan task, say)."""

    def __init__(
        self,
        directory: Directory,
        *,
        interval: float | None = None,
        max_backoff: float = DEFAULT_MAX_BACKOFF_S,
    ) -> None:
        """``interval``: the heartbeat interval agents keep (default: the directory's); an agent silent for 1.5 of
        them is probed, and the prober looks twice an interval."""
        self.directory = directory
        self.interval = interval if interval is not None else directory.liveness.heartbeat_interval
        self.silent_after = self.interval * SILENT_INTERVALS
        self.max_backoff = max(max_backoff, self.interval)
        self._backoff: dict[str, _Backoff] = {}
        self._http: httpx.AsyncClient | None = None

    def _now(self) -> float:
        return self.directory.now()  # the database's clock, the one every replica judges liveness by

    def due(self, now: float) -> list[tuple[str, str]]:
        """``(name, card_url)`` of every agent silent for ``silent_after`` whose backoff has run out."""
        found: list[tuple[str, str]] = []
        for agent in self.directory.catalog.in_order(None, None):
            if agent.card_url is None or now - agent.last_seen < self.silent_after:
                self._backoff.pop(agent.name, None)
                continue
            backoff = self._backoff.get(agent.name)
            if backoff is None or backoff.next_at <= now:
                found.append((agent.name, agent.card_url))
        known = {agent.name for agent in self.directory.catalog.in_order(None, None)}
        for name in set(self._backoff) - known:  # removed meanwhile
            del self._backoff[name]
        return found

    async def probe_once(self) -> dict[str, bool]:
        """Probe every due agent (a few at a time); whether each answered with its card."""
        results: dict[str, bool] = {}
        due = self.due(self._now())
        if not due:
            return results
        http = self._client()
        limiter = anyio.CapacityLimiter(MAX_CONCURRENT_PROBES)

        async def probe(name: str, card_url: str) -> None:
            async with limiter:
                results[name] = await self._probe(http, name, card_url)

        async with anyio.create_task_group() as group:
            for name, card_url in due:
                group.start_soon(probe, name, card_url)
        return results

    async def _probe(self, http: httpx.AsyncClient, name: str, card_url: str) -> bool:
        try:
            await fetch_card(
                http,
                card_url,
                policy=self.directory.host_policy,
                timeout=self.directory.fetch_timeout,
                max_bytes=self.directory.max_card_bytes,
            )
            await self.directory.heartbeat(name)
        except (CardUnavailable, AgentNotFound):
            previous = self._backoff.get(name)
            delay = min(previous.delay * 2, self.max_backoff) if previous else self.interval
            self._backoff[name] = _Backoff(delay, self._now() + delay)
            log.info("registry: %s did not answer its card probe; next probe in %.0f s", name, delay)
            return False
        self._backoff.pop(name, None)
        return True

    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            # As for registration: redirects judged by hand, no proxy from the environment (see cards.py).
            self._http = httpx.AsyncClient(follow_redirects=False, trust_env=False, verify=client_tls(trust_env=False))
        return self._http

    async def run(self) -> None:
        """Probe every ``interval / 2`` seconds until cancelled; a failed round is logged and retried."""
        try:
            while True:
                try:
                    await self.probe_once()
                except Exception:  # a database hiccup must not end the prober
                    log.exception("registry: probing agents failed; retrying")
                await anyio.sleep(max(0.05, self.interval / 2))
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        if self._http is not None:
            http, self._http = self._http, None
            with anyio.CancelScope(shield=True):
                await http.aclose()


@asynccontextmanager
async def probing(directory: Directory, **options: Any) -> AsyncGenerator[Prober]:
    """The prober running in the background while the block runs (a registry lifespan hook)."""
    prober = Prober(directory, **options)
    async with anyio.create_task_group() as group:
        group.start_soon(prober.run)
        try:
            yield prober
        finally:
            group.cancel_scope.cancel()
