"""The recent orchestrations on the registry's page, read from the orchestrator's runs API.

The registry never opens the orchestrator's database: the orchestrator may be on another host, as several
replicas. ``OrchestratorRuns`` asks its ``GET /runs`` and ``GET /runs/{id}`` (``agents.runs_client``). Which
orchestrator: the URL the operator configured (``accord registry --orchestrator URL``), otherwise the agent
registered as ``orchestrator``. The registry's token (it needs the ``admin`` scope) goes to a configured URL, or
to a registered one only when its origin is one of the mesh's own (``agents.credentials``): anyone allowed to
register could otherwise register an "orchestrator" and collect the token.
"""

from __future__ import annotations

from typing import Any

import httpx

from agents.credentials import OriginCredentials
from agents.registry import agent_base_url
from agents.runs_client import RunsClient
from agents.tls import client_tls
from servers.registry.directory import Directory

ORCHESTRATOR = "orchestrator"


class OrchestratorRuns:
    """``recent()`` and ``detail(run_id)`` for the page; enter it (``async with``) for its connection pool."""

    def __init__(
        self,
        directory: Directory,
        *,
        url: str | None = None,
        token: str | None = None,
        credentials: OriginCredentials | None = None,
        limit: int = 10,
        timeout: float = 5.0,
    ) -> None:
        self.directory = directory
        self.url = url.rstrip("/") if url else None
        self.token = token
        self.credentials = credentials or OriginCredentials()
        self.limit = limit
        self.timeout = timeout
        self._http: httpx.AsyncClient | None = None

    async def __aenter__(self) -> OrchestratorRuns:
        self._http = httpx.AsyncClient(
            timeout=self.timeout, follow_redirects=False, trust_env=False, verify=client_tls(trust_env=False)
        )
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    async def recent(self) -> list[dict[str, Any]]:
        """The newest runs; none when no orchestrator is known. ``RunsUnavailable`` when it cannot answer."""
        client = self._client()
        return await client.recent(self.limit) if client is not None else []

    async def detail(self, run_id: str) -> dict[str, Any] | None:
        client = self._client()
        return await client.get(run_id) if client is not None else None

    def _client(self) -> RunsClient | None:
        target = self._target()
        if target is None:
            return None
        url, credential = target
        return RunsClient(url, credential=credential, http=self._http, timeout=self.timeout)

    def _target(self) -> tuple[str, str | None] | None:
        if self.url is not None:
            return self.url, self.token
        agent = self.directory.catalog.get(ORCHESTRATOR)
        if agent is None:
            return None
        url = agent_base_url(agent.card, agent.card_url)
        if url is None:
            return None
        return url, self.credentials.token_for(url)
