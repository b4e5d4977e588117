"""The registry client: ``Registry`` finds agents, ``Registration`` keeps one agent listed.

Both speak the registry HTTP API of DESIGN.md over httpx and nothing else, so any process (the orchestrator,
the gateway, an agent host) can use them without the server side installed. Reads are cached for a short time
and revalidated with ETags, so an orchestrator asking the same question every step costs one 304 at most.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from agents.errors import AccordError

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
    def skills(self) -> list[dict[str, Any]]:
        return list(self.card.get("skills") or [])

    @property
    def tags(self) -> list[str]:
        return sorted({tag for skill in self.skills for tag in skill.get("tags") or []})

    @property
    def url(self) -> str | None:
        """The agent's preferred interface URL from its card, when it lists one."""
        interfaces = self.card.get("supportedInterfaces") or []
        return interfaces[0].get("url") if interfaces else self.card.get("url")


class Registry:
    """An async client for one registry. ``async with Registry(url, token) as registry: ...``.

    ``search`` and ``get`` answer from a cache for ``cache_ttl`` seconds, then revalidate with
    ``If-None-Match``; every write clears the cache. Errors are ``UnknownAgent`` (404),
    ``RegistryUnavailable`` (transport) or ``RegistryError`` (any other error answer, with status and code).
    """

    def __init__(
        self,
        url: str,
        token: str | None = None,
        *,
        cache_ttl: float = 2.0,
        timeout: float = 5.0,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.cache_ttl = cache_ttl
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self._owns_client = client is None
        self._client = client or httpx.AsyncClient(timeout=timeout)
        self._headers = headers
        self._cache: dict[tuple[str, tuple[tuple[str, str], ...]], tuple[str | None, Any, float]] = {}

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
        while True:
            page_size = min(200, limit - len(found)) if limit is not None else 200
            records, cursor = await self.search_page(
                skill=skill, tag=tag, query=query, status=status, limit=page_size, cursor=cursor
            )
            found.extend(records)
            if cursor is None or (limit is not None and len(found) >= limit):
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
        """One page of results and the cursor of the next page (``None`` on the last page)."""
        params = {"skill": skill, "tag": tag, "q": query, "status": status, "limit": limit, "cursor": cursor}
        body = await self._read("/agents", {k: str(v) for k, v in params.items() if v is not None})
        return [AgentRecord.from_json(a) for a in body["agents"]], body.get("next_cursor")

    async def get(self, name: str) -> AgentRecord:
        return AgentRecord.from_json(await self._read(f"/agents/{name}", {}))

    async def register(self, card_url: str | None = None, *, card: Mapping[str, Any] | None = None) -> AgentRecord:
        """Register (or refresh) an agent by its card URL, or by its card JSON."""
        if card_url is None and card is None:
            raise ValueError("give card_url or card")
        payload: dict[str, Any] = {"card_url": card_url} if card_url is not None else {}
        if card is not None:
            payload["card"] = dict(card)
        return AgentRecord.from_json(await self._write("POST", "/agents", payload))

    async def heartbeat(self, name: str) -> AgentRecord:
        return AgentRecord.from_json(await self._write("POST", f"/agents/{name}/heartbeat"))

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
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        raise RegistryUnavailable(f"not a registry answer: HTTP {response.status_code}", response.status_code)
    message, code = str(error.get("message", "")), str(error.get("code", "error"))
    kind = UnknownAgent if response.status_code == 404 else RegistryError
    raise kind(message, response.status_code, code)


class Registration:
    """Keeps one agent registered while the block runs: ``async with Registration(url, card_url, token):``.

    Entering never waits for the registry. A background task registers as soon as the registry answers (and
    the card is being served), heartbeats every ``interval`` seconds, registers again if the registry forgot
    the agent (a restart on a fresh database, an eviction), and on a clean exit deregisters. A registry that
    is down, or refuses, is logged once per outage and retried in the background; nothing reaches the host.
    """

    def __init__(
        self,
        registry_url: str,
        card_url: str,
        token: str | None = None,
        interval: float = 10.0,
        *,
        retry_initial: float = 0.2,
    ) -> None:
        self.registry_url = registry_url
        self.card_url = card_url
        self.interval = interval
        self.retry_initial = retry_initial
        self.name: str | None = None
        self.registered = asyncio.Event()
        self._registry = Registry(registry_url, token, cache_ttl=0, timeout=max(2.0, min(interval, 10.0)))
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Registration:
        self._task = asyncio.get_running_loop().create_task(self._run(), name=f"registration {self.card_url}")
        return self

    async def __aexit__(self, exc_type: object, *exc_info: object) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        try:
            if exc_type is None and self.name is not None and self.registered.is_set():
                await asyncio.wait_for(self._registry.deregister(self.name), 3.0)
        except (RegistryError, TimeoutError) as exc:
            log.warning("could not deregister %s from %s: %s", self.name, self.registry_url, exc)
        finally:
            await self._registry.aclose()

    async def _run(self) -> None:
        delay = self.retry_initial
        failures = 0
        while True:
            try:
                if self.registered.is_set() and self.name is not None:
                    try:
                        await self._registry.heartbeat(self.name)
                    except UnknownAgent:
                        self.registered.clear()
                        continue
                else:
                    record = await self._registry.register(self.card_url)
                    self.name = record.name
                    self.registered.set()
                    if failures:
                        log.warning("registered %s with %s", record.name, self.registry_url)
                    else:
                        log.info("registered %s with %s", record.name, self.registry_url)
                failures, delay = 0, self.retry_initial
                await asyncio.sleep(self.interval)
            except RegistryError as exc:
                failures += 1
                # The first attempt often races the host's own socket opening; warn only if it persists.
                if failures == 3 or (failures == 1 and self.registered.is_set()):
                    log.warning("registry at %s: %s; will keep trying in the background", self.registry_url, exc)
                self.registered.clear()
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.interval)
            except Exception:  # never let a bug here take the host down
                log.exception("registration of %s failed unexpectedly; retrying", self.card_url)
                await asyncio.sleep(self.interval)
