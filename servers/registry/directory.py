"""The registry's core: register, heartbeat, deregister, get and search, over a store and a search index.

It knows no HTTP server: ``app.py`` adapts it to the wire. The store is the truth; the catalog (records, skill
and tag maps) and the search index are its in-memory mirror, loaded at open and kept in step by every write
that passes through here, so reads never wait on the database.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import time
from dataclasses import dataclass, replace
from typing import Any, Literal

import httpx
import numpy as np

from servers.registry.cards import MAX_CARD_BYTES, check_interfaces, check_url, fetch_card, parse_card
from servers.registry.catalog import Catalog
from servers.registry.errors import AgentNotFound, BadRequest, NameTaken
from servers.registry.hosts import HostPolicy, HostRefused
from servers.registry.liveness import Liveness
from servers.registry.search import Hit, SearchIndex
from servers.registry.store import RegistryStore, StoredAgent

StatusFilter = Literal["up", "down"] | None
MAX_LIMIT = 500
DEFAULT_LIMIT = 50


@dataclass(frozen=True, slots=True)
class Page:
    agents: list[StoredAgent]
    next_cursor: str | None


class Directory:
    def __init__(
        self,
        store: RegistryStore,
        *,
        liveness: Liveness | None = None,
        index: SearchIndex | None = None,
        fetch_timeout: float = 5.0,
        max_card_bytes: int = MAX_CARD_BYTES,
        host_policy: HostPolicy | None = None,
    ) -> None:
        """``fetch_timeout`` bounds a whole card fetch; ``host_policy`` says which hosts may be fetched from and
        listed (the default is that of a registry on loopback)."""
        self.store = store
        self.liveness = liveness or Liveness()
        self.index = index or SearchIndex()
        self.fetch_timeout = fetch_timeout
        self.max_card_bytes = max_card_bytes
        self.host_policy = host_policy or HostPolicy()
        self.catalog = Catalog()
        self._write_lock = asyncio.Lock()
        self._http: httpx.AsyncClient | None = None

    async def open(self) -> None:
        await self.store.open()
        # Redirects are followed by hand (same origin only) and no proxy from the environment is used: the host
        # policy must judge the address actually connected to.
        self._http = httpx.AsyncClient(follow_redirects=False, trust_env=False)
        stored = await self.store.indexed()
        # Agents registered while the encoder was unavailable get their embedding now, in one batch.
        missing = [a for a in stored if a.vector is None] if self.index.semantic else []
        if missing:
            vectors = {a.name: v for a in missing if (v := self.index.encode(a.document)) is not None}
            await self.store.set_vectors(vectors)
            stored = [replace(a, vector=vectors.get(a.name, a.vector)) for a in stored]
        for agent in stored:
            self.index.add(agent.name, agent.document, agent.vector)
        for record in await self.store.all():
            self.catalog.put(record)

    async def close(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None
        await self.store.close()

    async def register(self, card_url: str | None = None, card: Any = None) -> StoredAgent:
        """Fetch (or take) the card, validate it, and list the agent; the same URL again updates it.

        A name held by a live agent from another URL is ``NameTaken``; a down agent's name may be taken over.
        Every URL involved must pass the host policy, and the card's interfaces must be on the card URL's origin.
        """
        if card is None:
            if card_url is None:
                raise BadRequest("send {'card_url': URL} or {'card': {...}}")
            assert self._http is not None, "the directory is not open"
            parsed = await fetch_card(
                self._http,
                check_url(card_url),
                policy=self.host_policy,
                timeout=self.fetch_timeout,
                max_bytes=self.max_card_bytes,
            )
        else:
            if card_url is not None:
                check_url(card_url)
                try:
                    await self.host_policy.resolve(card_url, "card_url")
                except HostRefused as exc:
                    raise BadRequest(str(exc)) from None
            parsed = parse_card(card)
        await check_interfaces(parsed, card_url, self.host_policy)
        origin = card_url or parsed.interface_url
        if not origin:
            raise BadRequest("a card sent inline must list a supportedInterfaces URL, or send card_url too")
        vector = self.index.encode(parsed.document)
        async with self._write_lock:
            now = time.time()
            existing = self.catalog.get(parsed.name)
            if existing is not None and existing.origin != origin and self.status(existing, now) == "up":
                raise NameTaken(f"the name {parsed.name!r} is taken by a live agent at {existing.origin}")
            same = existing is not None and existing.origin == origin
            agent = StoredAgent(
                name=parsed.name,
                card_url=card_url,
                origin=origin,
                card=parsed.card,
                registered_at=existing.registered_at if same and existing else now,
                last_seen=now,
            )
            await self.store.put(
                agent, document=parsed.document, vector=vector, skills=parsed.skill_keys, tags=parsed.tags
            )
            self.catalog.put(agent)
            self.index.add(agent.name, parsed.document, vector)
        return agent

    async def heartbeat(self, name: str) -> StoredAgent:
        async with self._write_lock:  # a heartbeat racing a deregistration must not resurrect the agent
            agent = await self.store.touch(name, time.time()) if self.catalog.get(name) else None
            if agent is None:
                raise AgentNotFound(f"no agent named {name!r} is registered; register it again")
            self.catalog.touch(agent)
        return agent

    async def deregister(self, name: str) -> None:
        async with self._write_lock:
            if not await self.store.delete(name):
                raise AgentNotFound(f"no agent named {name!r} is registered")
            self.catalog.remove(name)
            self.index.remove(name)

    async def get(self, name: str) -> StoredAgent:
        agent = self.catalog.get(name)
        if agent is None:
            raise AgentNotFound(f"no agent named {name!r} is registered")
        return agent

    async def evict(self, seen_before: float) -> list[str]:
        async with self._write_lock:
            removed = await self.store.evict(seen_before)
            for name in removed:
                self.catalog.remove(name)
                self.index.remove(name)
        return removed

    def status(self, agent: StoredAgent, now: float | None = None) -> str:
        return self.liveness.status(agent.last_seen, now)

    async def search(
        self,
        *,
        skill: str | None = None,
        tag: str | None = None,
        query: str | None = None,
        status: StatusFilter = None,
        limit: int = DEFAULT_LIMIT,
        cursor: str | None = None,
    ) -> Page:
        """One page of agents passing every filter: by name, or best first when ``query`` is given."""
        if not 1 <= limit <= MAX_LIMIT:
            raise BadRequest(f"limit must be between 1 and {MAX_LIMIT}")
        now = time.time()
        cutoff = self.liveness.up_since(now)

        def wanted(agent: StoredAgent) -> bool:
            return status is None or (agent.last_seen >= cutoff) == (status == "up")

        position = _decode_cursor(cursor, ranked=bool(query))
        names = self.catalog.matching(skill, tag)
        if not query:
            page: list[StoredAgent] = []
            for agent in self.catalog.in_order(names, position.get("a")):
                if wanted(agent):
                    page.append(agent)
                    if len(page) > limit:
                        break
            more = len(page) > limit
            page = page[:limit]
            return Page(page, _encode_cursor({"a": page[-1].name}) if more else None)
        if status is not None:
            everyone = names if names is not None else [a.name for a in self.catalog.in_order(None, None)]
            names = {n for n in everyone if (a := self.catalog.get(n)) is not None and wanted(a)}
        after = Hit(position["a"], position["s"]) if position else None
        hits = self.index.search(query, names, after=after, limit=limit + 1)
        more = len(hits) > limit
        hits = hits[:limit]
        agents = [a for h in hits if (a := self.catalog.get(h.name)) is not None]
        next_cursor = _encode_cursor({"s": hits[-1].score, "a": hits[-1].name}) if more else None
        return Page(agents, next_cursor)


def _encode_cursor(position: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(position, separators=(",", ":")).encode()).decode().rstrip("=")


def _decode_cursor(cursor: str | None, *, ranked: bool) -> dict[str, Any]:
    if not cursor:
        return {}
    try:
        position = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, binascii.Error):
        raise BadRequest("cursor is not one this registry gave out") from None
    valid = isinstance(position, dict) and isinstance(position.get("a"), str)
    if ranked:
        valid = valid and isinstance(position.get("s"), int | float) and bool(np.isfinite(position["s"]))
    if not valid or ("s" in position) != ranked:
        raise BadRequest("cursor does not belong to this query")
    return position
