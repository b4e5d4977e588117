"""The registry client: ``Registry`` finds agents (``Registration``, in ``agents.registration``, keeps one listed).

Both speak the registry HTTP API of DESIGN.md over httpx and nothing else, so any process (the orchestrator,
the gateway, an agent host) can use them without the server side installed. Reads are cached for a short time
and revalidated with ETags, so an orchestrator asking the same question every step costs one 304 at most.

The registry is not a single point of failure for discovery: every answer is kept in a ``LastKnown``
catalogue (in memory, and on disk when given a path), and when the registry cannot be reached a search or a
lookup is answered from it, with a warning, instead of failing. A caller that names its workers by URL needs
no registry at all (``agents.agent_urls.agent_at``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import httpx

from agents import telemetry
from agents.errors import AccordError
from agents.json_values import json_object
from agents.tls import client_tls

log = logging.getLogger(__name__)

Status = Literal["up", "down"]
_NOT_NAME = re.compile(r"[^a-z0-9_-]+")


def registry_name(card_name: str) -> str:
    """A card name as a registry name: lowercased, each run of characters not in a-z0-9_- made one ``-``."""
    return _NOT_NAME.sub("-", card_name.lower())


class RegistryError(AccordError):
    """The registry answered with an error; ``status`` and ``code`` are the HTTP status and error code."""

    def __init__(self, message: str, status: int = 0, code: str = "registry_error") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class UnknownAgent(RegistryError):
    """No agent by that name is registered."""


class RegistryUnavailable(RegistryError):
    """The registry could not be reached (refused, timed out, or not an accord registry)."""


@dataclass(frozen=True, slots=True)
class AgentRecord:
    """One registered agent as the registry reports it; ``card`` is the A2A card JSON (camelCase, 1.0)."""

    name: str
    card_url: str | None
    card: dict[str, Any]
    status: Status
    registered_at: str
    last_seen: str

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AgentRecord:
        return cls(
            name=data["name"],
            card_url=data.get("card_url"),
            card=dict(data.get("card") or {}),
            status=data.get("status", "up"),
            registered_at=data.get("registered_at", ""),
            last_seen=data.get("last_seen", ""),
        )

    @property
    def raw(self) -> dict[str, Any]:
        """The record as the registry's JSON."""
        return {
            "name": self.name,
            "card_url": self.card_url,
            "card": self.card,
            "status": self.status,
            "registered_at": self.registered_at,
            "last_seen": self.last_seen,
        }

    @property
    def skills(self) -> list[dict[str, Any]]:
        return list(self.card.get("skills") or [])

    @property
    def tags(self) -> list[str]:
        return sorted({tag for skill in self.skills for tag in _listed(skill.get("tags"))})

    @property
    def base_url(self) -> str | None:
        """Where to call the agent: ``agent_base_url`` of its card and card URL."""
        return agent_base_url(self.card, self.card_url)


def agent_base_url(card: Mapping[str, Any], card_url: str | None) -> str | None:
    """The one rule for where an agent is called: its card's first interface URL (a 0.3 card's ``url``), else the
    origin and path its card was fetched from, without ``/.well-known/...``; ``None`` if neither is http(s)."""
    interfaces: list[Any] = card.get("supportedInterfaces") or []
    first = (json_object(interfaces[0]) if interfaces else None) or {}
    url = first.get("url") or card.get("url") or (card_url or "").split("/.well-known/")[0]
    url = str(url).rstrip("/")
    return url if url.startswith(("http://", "https://")) else None


MAX_LAST_KNOWN_BYTES = 32 * 1024 * 1024


def _document(record: AgentRecord) -> str:
    parts = [record.name, str(record.card.get("description") or "")]
    for skill in record.skills:
        parts += [str(skill.get(k) or "") for k in ("name", "description")]
        parts += [str(x) for k in ("tags", "examples") for x in _listed(skill.get(k))]
    return "\n".join(parts)


def _listed(value: Any) -> list[Any]:
    """The items of a card field that should hold a list (none when it is missing or empty)."""
    return list(value or [])


def last_known_path(data_dir: Path, registry_url: str) -> Path:
    """Where the last known catalogue of the registry at ``registry_url`` is kept under ``data_dir``."""
    digest = hashlib.sha256(registry_url.rstrip("/").encode()).hexdigest()[:16]
    return data_dir / "registry-cache" / f"{digest}.json"


class LastKnown:
    """The agents a registry last reported, to answer discovery while that registry cannot be reached.

    Records are kept as the registry sent them, merged by name from every answer; an unfiltered listing read
    to the end replaces them all, and a lookup answered 404 removes that name. With a ``path`` the catalogue is
    also saved there (atomically, at most every ``save_every`` seconds unless the names changed) and read back
    by the next process, so a command run while the registry is down still finds what an earlier one saw.
    A record's ``status`` is the one last reported: nothing here can tell whether the agent is still up.
    """

    def __init__(self, path: Path | None = None, *, registry_url: str = "", save_every: float = 30.0) -> None:
        self.path = path
        self.registry_url = registry_url.rstrip("/")
        self.save_every = save_every
        self.saved_at: float | None = None  # when the catalogue was last refreshed from the registry
        self._records: dict[str, dict[str, Any]] | None = None
        self._written_names: frozenset[str] = frozenset()
        self._written_at = 0.0

    def __len__(self) -> int:
        return len(self._loaded())

    def remember(self, records: Iterable[Mapping[str, Any]], *, everything: bool = False) -> None:
        """Keep ``records``; ``everything`` says they are the whole catalogue (others are dropped)."""
        known = {} if everything else self._loaded()
        for record in records:
            if isinstance(record.get("name"), str):
                known[record["name"]] = dict(record)
        self._records = known
        self.saved_at = time.time()
        self._save()

    def forget(self, name: str) -> None:
        if self._loaded().pop(name, None) is not None:
            self._save()

    def get(self, name: str) -> AgentRecord | None:
        record = self._loaded().get(name)
        return AgentRecord.from_json(record) if record is not None else None

    def search(
        self,
        *,
        skill: str | None = None,
        tag: str | None = None,
        query: str | None = None,
        status: Status | None = None,
        limit: int | None = None,
    ) -> list[AgentRecord]:
        """The kept agents passing the filters as the registry applies them; with ``query``, ranked by BM25
        over their names, descriptions and skills (the registry's lexical ranking, without its embeddings)."""
        found: list[AgentRecord] = []
        for data in self._loaded().values():
            record = AgentRecord.from_json(data)
            skills = record.skills
            keys = {str(k).lower() for s in skills for k in (s.get("id"), s.get("name")) if k}
            if skill is not None and skill.lower() not in keys:
                continue
            if tag is not None and tag.lower() not in {t.lower() for t in record.tags}:
                continue
            if status is not None and record.status != status:
                continue
            found.append(record)
        found.sort(key=lambda record: record.name)
        if query:
            from patterns.lexical import bm25_scores  # numpy: imported only when an outage needs ranking

            scores = bm25_scores(query, [_document(record) for record in found])
            ranked = sorted(zip(scores, found, strict=True), key=lambda hit: (-hit[0], hit[1].name))
            found = [record for score, record in ranked if score > 0]
        return found[:limit] if limit is not None else found

    def _loaded(self) -> dict[str, dict[str, Any]]:
        if self._records is None:
            self._records = self._read()
            self._written_names = frozenset(self._records)
        return self._records

    def _read(self) -> dict[str, dict[str, Any]]:
        if self.path is None or not self.path.is_file():
            return {}
        try:
            if self.path.stat().st_size > MAX_LAST_KNOWN_BYTES:
                raise ValueError("too large")
            saved = json.loads(self.path.read_text(encoding="utf-8"))
            if saved.get("registry") != self.registry_url:
                return {}
            self.saved_at = float(saved["saved_at"])
            return {
                r["name"]: r
                for item in saved["agents"]
                if (r := json_object(item)) is not None and isinstance(r.get("name"), str)
            }
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("ignoring the last known agents in %s: %s", self.path, exc)
            return {}

    def _save(self) -> None:
        if self.path is None or self._records is None:
            return
        names = frozenset(self._records)
        if names == self._written_names and time.monotonic() - self._written_at < self.save_every:
            return
        saved: dict[str, Any] = {"registry": self.registry_url, "saved_at": self.saved_at or time.time()}
        saved["agents"] = list(self._records.values())
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(f".{self.path.name}.{os.getpid()}")
            partial.write_text(json.dumps(saved, separators=(",", ":")), encoding="utf-8")
            os.replace(partial, self.path)  # a reader sees the old file or the new one, never half of one
        except OSError as exc:
            log.warning("cannot save the last known agents to %s: %s", self.path, exc)
            return
        self._written_names, self._written_at = names, time.monotonic()


class Registry:
    """An async client for one registry. ``async with Registry(url, token) as registry: ...``.

    ``search`` and ``get`` answer from a cache for ``cache_ttl`` seconds, then revalidate with
    ``If-None-Match``; every write clears the cache. A search the cache answered leaves ``last_known`` as the
    registry's last answer left it (the orchestrator searches once per request). Errors are ``UnknownAgent`` (404),
    ``RegistryUnavailable`` (transport) or ``RegistryError`` (any other error answer, with status and code).

    When the registry cannot be reached, ``search`` and ``get`` answer from ``last_known`` (by default kept in
    memory for this client's life; pass ``LastKnown(last_known_path(...))`` to keep it across processes) and log
    one warning per outage; ``RegistryUnavailable`` is raised only when it has nothing to answer with.
    """

    def __init__(
        self,
        url: str,
        token: str | None = None,
        *,
        cache_ttl: float = 2.0,
        timeout: float = 5.0,
        client: httpx.AsyncClient | None = None,
        last_known: LastKnown | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.cache_ttl = cache_ttl
        self.last_known = last_known if last_known is not None else LastKnown(registry_url=url)
        self._outage = False
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._owns_client = client is None
        self._client = client or httpx.AsyncClient(
            timeout=timeout, event_hooks=telemetry.httpx_hooks(), verify=client_tls()
        )
        self._headers = headers
        self._cache: dict[tuple[str, tuple[tuple[str, str], ...]], tuple[str | None, Any, float]] = {}
        self._parsed: tuple[Any, list[AgentRecord]] | None = None  # the last page read, and its records
        self._answers = 0  # reads the registry answered (200 or 304), as opposed to the cache

    async def __aenter__(self) -> Registry:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()

    async def search(
        self,
        *,
        skill: str | None = None,
        tag: str | None = None,
        query: str | None = None,
        status: Status | None = None,
        limit: int | None = None,
    ) -> list[AgentRecord]:
        """Agents passing every given filter, best first when ``query`` is given; pages up to ``limit``."""
        found: list[AgentRecord] = []
        cursor = None
        answers = self._answers
        try:
            while True:
                page_size = min(200, limit - len(found)) if limit is not None else 200
                records, cursor = await self._page(
                    skill=skill, tag=tag, query=query, status=status, limit=page_size, cursor=cursor
                )
                found.extend(records)
                if cursor is None or (limit is not None and len(found) >= limit):
                    break
        except RegistryUnavailable as exc:
            return self._fallback(exc, skill=skill, tag=tag, query=query, status=status, limit=limit)
        self._recovered()
        if self._answers == answers:  # every page came from the cache: the catalogue already holds them
            return found
        whole = cursor is None and skill is None and tag is None and query is None and status is None
        self.last_known.remember((r.raw for r in found), everything=whole)
        return found

    async def search_page(
        self,
        *,
        skill: str | None = None,
        tag: str | None = None,
        query: str | None = None,
        status: Status | None = None,
        limit: int | None = None,
        cursor: str | None = None,
    ) -> tuple[list[AgentRecord], str | None]:
        """One page of results and the cursor of the next page (``None`` on the last page).

        Without the registry, the first page (no ``cursor``) is everything the last known catalogue matches."""
        try:
            records, next_cursor = await self._page(
                skill=skill, tag=tag, query=query, status=status, limit=limit, cursor=cursor
            )
        except RegistryUnavailable as exc:
            if cursor is not None:
                raise
            return self._fallback(exc, skill=skill, tag=tag, query=query, status=status, limit=limit), None
        self._recovered()
        self.last_known.remember(r.raw for r in records)
        return records, next_cursor

    async def _page(self, *, cursor: str | None = None, **filters: Any) -> tuple[list[AgentRecord], str | None]:
        params = {"q" if k == "query" else k: v for k, v in filters.items()} | {"cursor": cursor}
        body = await self._read("/agents", {k: str(v) for k, v in params.items() if v is not None})
        parsed = self._parsed
        if parsed is None or parsed[0] is not body:  # the same cached page is parsed once (records are frozen)
            parsed = self._parsed = (body, [AgentRecord.from_json(a) for a in body["agents"]])
        return list(parsed[1]), body.get("next_cursor")

    async def get(self, name: str) -> AgentRecord:
        try:
            body = await self._read(f"/agents/{name}", {})
        except UnknownAgent:
            self.last_known.forget(name)
            raise
        except RegistryUnavailable as exc:
            record = self.last_known.get(name)
            if record is None:
                raise
            self._warn(exc)
            return record
        self._recovered()
        record = AgentRecord.from_json(body)
        self.last_known.remember([record.raw])
        return record

    def _fallback(self, exc: RegistryUnavailable, **filters: Any) -> list[AgentRecord]:
        if not len(self.last_known):
            raise exc
        self._warn(exc)
        return self.last_known.search(**filters)

    def _warn(self, exc: RegistryUnavailable) -> None:
        if not self._outage:
            self._outage = True
            saved = self.last_known.saved_at
            when = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(saved)) if saved else "an earlier answer"
            log.warning(
                "%s; answering from the last known catalogue (%d agents, as of %s)", exc, len(self.last_known), when
            )

    def _recovered(self) -> None:
        if self._outage:
            self._outage = False
            log.warning("registry at %s answers again", self.url)

    async def register(self, card_url: str | None = None, *, card: Mapping[str, Any] | None = None) -> AgentRecord:
        """Register (or refresh) an agent by its card URL, or by its card JSON."""
        if card_url is None and card is None:
            raise ValueError("give card_url or card")
        payload: dict[str, Any] = {"card_url": card_url} if card_url is not None else {}
        if card is not None:
            payload["card"] = dict(card)
        return AgentRecord.from_json(await self._write("POST", "/agents", payload))

    async def heartbeat(self, name: str, activity: Mapping[str, Any] | None = None) -> AgentRecord:
        """Keep ``name`` listed; ``activity`` is its summary of its last hour, which the registry page charts."""
        payload = {"activity": dict(activity)} if activity is not None else None
        return AgentRecord.from_json(await self._write("POST", f"/agents/{name}/heartbeat", payload))

    async def deregister(self, name: str) -> None:
        await self._write("DELETE", f"/agents/{name}")

    async def _read(self, path: str, params: dict[str, str]) -> Any:
        key = (path, tuple(sorted(params.items())))
        cached = self._cache.get(key)
        now = time.monotonic()
        if cached is not None and now - cached[2] < self.cache_ttl:
            return cached[1]
        headers = {"If-None-Match": cached[0]} if cached is not None and cached[0] else {}
        response = await self._send("GET", path, params=params, headers=headers)
        self._answers += 1
        if response.status_code == 304 and cached is not None:
            self._cache[key] = (cached[0], cached[1], now)
            return cached[1]
        body = _json_or_raise(response)
        self._cache[key] = (response.headers.get("etag"), body, now)
        return body

    async def _write(self, method: str, path: str, payload: Any = None) -> Any:
        self._cache.clear()
        response = await self._send(method, path, json=payload, headers=self._headers)
        return None if response.status_code == 204 else _json_or_raise(response)

    async def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            return await self._client.request(method, self.url + path, **kwargs)
        except httpx.HTTPError as exc:
            raise RegistryUnavailable(f"registry at {self.url} is not reachable: {exc!r}") from exc


def _json_or_raise(response: httpx.Response) -> Any:
    try:
        body = response.json()
    except ValueError:
        body = None
    if response.is_success and body is not None:
        return body
    error = json_object((json_object(body) or {}).get("error"))
    if error is None:
        raise RegistryUnavailable(f"not a registry answer: HTTP {response.status_code}", response.status_code)
    message, code = str(error.get("message", "")), str(error.get("code", "error"))
    kind = UnknownAgent if response.status_code == 404 else RegistryError
    raise kind(message, response.status_code, code)
