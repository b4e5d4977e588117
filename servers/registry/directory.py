"""The registry's core: register, heartbeat, deregister, get and search, over a store and a search index.

It knows no HTTP server: ``app.py`` adapts it to the wire. The store is the truth; the catalog (records, skill
and tag maps) and the search index are its in-memory mirror, loaded at open and kept in step by every write
that passes through here, so reads never wait on the database.

Replicas. Several directories may share one database. Each follows the store's change log
(``RegistryStore.changes``) every ``sync_interval`` seconds and applies what the others wrote, so a
registration on one replica is served by every other within about ``sync_interval``. We poll a change counter
rather than use PostgreSQL's ``LISTEN/NOTIFY`` because the counter loses nothing: a replica that was
disconnected, paused or restarted asks "what changed after version N" and gets exactly that (notifications
sent while a listener is away are gone, so it would have to reload everything on every reconnect); it needs no
dedicated connection (so it works through a transaction-pooling proxy); and it is the same code on SQLite and
PostgreSQL, so the default setup tests it. A poll that finds nothing is one small indexed query.

Liveness is decided once, on one clock: every ``last_seen`` is written on the database's clock (each poll
measures this process's offset from it), and ``status`` compares against that same clock, so replicas whose
own clocks disagree still agree on who is up. Eviction runs in one process at a time (the store's lock).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
import time
from dataclasses import dataclass, replace
from typing import Any, Literal, cast

import anyio.to_thread
import httpx
import numpy as np

from agents.tls import client_tls
from servers.observability.window import Summary, parse_summary
from servers.registry.cards import (
    MAX_CARD_BYTES,
    CardSignatures,
    check_interfaces,
    check_url,
    fetch_card,
    parse_card,
)
from servers.registry.catalog import Catalog
from servers.registry.errors import AgentNotFound, BadRequest, NameTaken
from servers.registry.hosts import HostPolicy, HostRefused
from servers.registry.liveness import Liveness
from servers.registry.search import Hit, SearchIndex
from servers.registry.store import ACTIVITY_KEPT_S, Activity, RegistryStore, StoredAgent

log = logging.getLogger(__name__)

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
        sync_interval: float = 0.2,
        signatures: CardSignatures | None = None,
    ) -> None:
        """``fetch_timeout`` bounds a whole card fetch; ``host_policy`` says which hosts may be fetched from and
        listed (the default is that of a registry on loopback); other processes' writes to the store are
        applied every ``sync_interval`` seconds."""
        self.store = store
        self.liveness = liveness or Liveness()
        self.index = index or SearchIndex()
        self.fetch_timeout = fetch_timeout
        self.max_card_bytes = max_card_bytes
        self.host_policy = host_policy or HostPolicy()
        self.catalog = Catalog()
        self.sync_interval = sync_interval
        self.signatures = signatures or CardSignatures()  # the keys it pins; none: signed cards list as unverified
        self._write_lock = asyncio.Lock()
        self._http: httpx.AsyncClient | None = None
        self._version = 0  # the store's change log is applied up to here
        self._offset = 0.0  # the database's clock minus this process's
        self._follower: asyncio.Task[None] | None = None

    async def open(self) -> None:
        await self.store.open()
        # Redirects are followed by hand (same origin only) and no proxy from the environment is used: the host
        # policy must judge the address actually connected to.
        self._http = httpx.AsyncClient(follow_redirects=False, trust_env=False, verify=client_tls(trust_env=False))
        async with self._write_lock:
            await self._reload()
        self._follower = asyncio.get_running_loop().create_task(self._follow(), name="registry change follower")

    async def _reload(self) -> None:
        """Load everything from the store into a fresh catalog and index (the caller holds the write lock)."""
        started = time.time()
        head = await self.store.head()  # first: whatever is written after it is replayed by the next sync
        self._offset = head.clock - (started + time.time()) / 2
        stored = await self.store.indexed()
        # Agents registered while the encoder was unavailable get their embedding now, in one batch.
        missing = [a for a in stored if a.vector is None] if self.index.semantic else []
        if missing:
            vectors = {a.name: v for a in missing if (v := self.index.encode(a.document)) is not None}
            await self.store.set_vectors(vectors)
            stored = [replace(a, vector=vectors.get(a.name, a.vector)) for a in stored]
        index = SearchIndex(self.index.ranker) if len(self.index) else self.index
        catalog = Catalog()
        for agent in stored:
            index.add(agent.name, agent.document, agent.vector)
        for record in await self.store.all():
            catalog.put(record)
        self.index, self.catalog, self._version = index, catalog, head.version

    async def sync(self) -> None:
        """Apply what other processes wrote to the store since the last sync (runs every ``sync_interval``)."""
        async with self._write_lock:
            started = time.time()
            feed = await self.store.changes(self._version)
            self._offset = feed.clock - (started + time.time()) / 2
            if not feed.complete:
                log.info("registry: the change log no longer reaches version %d; reloading", self._version)
                await self._reload()
                return
            touched = [n for n in feed.touched if self.catalog.get(n) is not None]
            changed = sorted(feed.changed | (feed.touched - set(touched)))
            if changed:
                records = {a.name: a for a in await self.store.get_many(changed)}
                documents = {a.name: a for a in await self.store.indexed(changed)}
                for name in changed:
                    record, document = records.get(name), documents.get(name)
                    if record is None or document is None:
                        self.catalog.remove(name)
                        self.index.remove(name)
                        continue
                    vector = document.vector if document.vector is not None else self.index.encode(document.document)
                    self.catalog.put(record)
                    self.index.add(name, document.document, vector)
            for name, seen in (await self.store.last_seen(touched)).items():
                if (agent := self.catalog.get(name)) is not None:
                    self.catalog.touch(replace(agent, last_seen=seen))
            self._version = feed.version

    async def _follow(self) -> None:
        failing = False
        while True:
            await asyncio.sleep(self.sync_interval)
            try:
                await self.sync()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the database is away: keep serving what we know, and say so once
                if not failing:
                    log.warning(
                        "registry: cannot read changes from the database (%s); serving the last known agents",
                        type(exc).__name__,
                    )
                failing = True
            else:
                if failing:
                    log.warning("registry: reading changes from the database again")
                failing = False

    def now(self) -> float:
        """The database's clock, as measured at the last sync: the one clock every replica judges liveness by."""
        return time.time() + self._offset

    async def close(self) -> None:
        if self._follower is not None:
            self._follower.cancel()
            await asyncio.gather(self._follower, return_exceptions=True)
            self._follower = None
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
        self.signatures.check(parsed)  # a card signed with a pinned key that does not verify is refused
        origin = card_url or parsed.interface_url
        if not origin:
            raise BadRequest("a card sent inline must list a supportedInterfaces URL, or send card_url too")
        # encoding takes 60-200 ms of CPU: off the event loop (the encoder is used from threads throughout)
        vector = await anyio.to_thread.run_sync(self.index.encode, parsed.document)
        async with self._write_lock:
            now = self.now()
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

    async def heartbeat(self, name: str, activity: Summary | None = None) -> StoredAgent:
        """Mark the agent seen now, keeping ``activity`` (its summary of its last hour) when it sent one."""
        kept = None
        if activity is not None:
            kept = Activity(activity.instance, json.dumps(activity.to_json(), separators=(",", ":")))
        async with self._write_lock:
            # The store decides, not this replica's catalog: the agent may have registered on another replica a
            # moment ago. A touch never inserts, so a heartbeat racing a deregistration cannot resurrect it.
            agent = await self.store.touch(name, self.now(), kept)
            if agent is None:
                raise AgentNotFound(f"no agent named {name!r} is registered; register it again")
            if self.catalog.get(name) is not None:
                self.catalog.touch(agent)  # otherwise the next sync loads it whole
        return agent

    async def activities(self, names: list[str]) -> dict[str, list[Summary]]:
        """The last-hour summaries the agents among ``names`` sent with their heartbeats, per replica; read from
        the store, so every registry replica sees those sent to any other."""
        now = self.now()
        found: dict[str, list[Summary]] = {}
        for name, texts in (await self.store.activities(names, now - ACTIVITY_KEPT_S)).items():
            for text in texts:
                try:
                    summary = parse_summary(json.loads(text), now)
                except ValueError:  # not JSON, or a summary this registry cannot read: skip it
                    continue
                if summary is not None:
                    found.setdefault(name, []).append(summary)
        return found

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
        return self.liveness.status(agent.last_seen, self.now() if now is None else now)

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
        cutoff = self.liveness.up_since(self.now())

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
        decoded: object = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (ValueError, binascii.Error):
        raise BadRequest("cursor is not one this registry gave out") from None
    position = cast("dict[str, Any]", decoded) if isinstance(decoded, dict) else {}  # a client's JSON
    valid = bool(position) and isinstance(position.get("a"), str)
    if ranked:
        valid = valid and isinstance(position.get("s"), int | float) and bool(np.isfinite(position["s"]))
    if not valid or ("s" in position) != ranked:
        raise BadRequest("cursor does not belong to this query")
    return position
