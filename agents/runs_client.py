"""RunsClient: the orchestrator's run records through its runs API (``GET /runs``, ``GET /runs/{id}``).

The registry page, ``accord runs`` and the gateway read runs this way, never by opening the orchestrator's
database: the orchestrator may run on another host, as several replicas. The API needs the ``admin`` scope when
auth is on; the credential goes only to the orchestrator's own ``base_url``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlsplit

import httpx

from agents.errors import AccordError
from agents.json_values import json_array, json_object, json_objects
from agents.tls import client_tls

DEFAULT_TIMEOUT_S = 10.0
MAX_RESPONSE_BYTES = 8 * 1024 * 1024


class RunsUnavailable(AccordError):
    """The orchestrator could not be reached, or did not answer as an accord orchestrator does."""


class RunsClient:
    """Reads run records from the orchestrator at ``base_url`` (e.g. ``http://127.0.0.1:8702``)."""

    def __init__(
        self,
        base_url: str,
        *,
        credential: str | None = None,
        headers: Mapping[str, str] | None = None,
        http: httpx.AsyncClient | None = None,
        timeout: float = DEFAULT_TIMEOUT_S,
    ) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"the orchestrator URL must be http(s)://host[:port], not {base_url!r}")
        self.base_url = base_url.rstrip("/")
        self._headers = dict(headers or {})
        if credential:
            self._headers["Authorization"] = f"Bearer {credential}"
        self._own_http = http is None
        self._http = http or httpx.AsyncClient(timeout=timeout, follow_redirects=False, verify=client_tls())

    async def recent(self, limit: int = 20) -> list[dict[str, Any]]:
        """The newest runs first, at most ``limit``."""
        body = await self._get("/runs", {"limit": str(limit)})
        runs = json_array((json_object(body) or {}).get("runs"))
        if runs is None:
            raise RunsUnavailable(f"{self.base_url} did not answer with a list of runs")
        return json_objects(runs)

    async def get(self, run_id: str) -> dict[str, Any] | None:
        """The run's record, or ``None`` when the orchestrator has no such run."""
        body = await self._get(f"/runs/{quote(run_id, safe='')}", None, missing_ok=True)
        if body is None:
            return None
        record = json_object(body)
        if record is None:
            raise RunsUnavailable(f"{self.base_url} did not answer with a run record")
        return record

    async def _get(self, path: str, params: dict[str, str] | None, *, missing_ok: bool = False) -> Any:
        try:
            response = await self._http.get(self.base_url + path, params=params, headers=self._headers)
        except httpx.HTTPError as exc:
            raise RunsUnavailable(f"cannot reach the orchestrator at {self.base_url}: {type(exc).__name__}") from None
        if response.status_code == 404 and missing_ok and _error_code(response) == "not_found":
            return None
        if response.status_code in (401, 403):
            raise RunsUnavailable(f"the orchestrator at {self.base_url} refused the credential (admin scope needed)")
        if response.status_code != 200:
            raise RunsUnavailable(f"the orchestrator at {self.base_url} answered HTTP {response.status_code}")
        if len(response.content) > MAX_RESPONSE_BYTES:
            raise RunsUnavailable(f"the orchestrator at {self.base_url} answered more than {MAX_RESPONSE_BYTES} bytes")
        try:
            return response.json()
        except ValueError:
            raise RunsUnavailable(f"the orchestrator at {self.base_url} did not answer JSON") from None

    async def aclose(self) -> None:
        if self._own_http:
            await self._http.aclose()

    async def __aenter__(self) -> RunsClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _error_code(response: httpx.Response) -> str | None:
    try:
        body = response.json()
    except ValueError:
        return None
    error = json_object((json_object(body) or {}).get("error"))
    return error.get("code") if error is not None else None
