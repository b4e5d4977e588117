"""The registry over HTTP: the Starlette app of DESIGN.md's "Registry HTTP API", and the web page at ``/``.

A thin adapter over ``Directory``: parse the request, call the core, render JSON. Every error leaves as
``{"error": {"code", "message"}}`` with the status from ``STATUS`` below; nothing is answered with a 500 on
purpose. Lists carry a weak ETag and answer 304 to a matching ``If-None-Match``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Route

from servers.registry.auth import require_token
from servers.registry.directory import DEFAULT_LIMIT, Directory
from servers.registry.errors import (
    AgentNotFound,
    BadRequest,
    InvalidCard,
    NameTaken,
    RegistryServiceError,
    TooLarge,
    Unauthorized,
)
from servers.registry.liveness import sweep_forever
from servers.registry.page import render_page
from servers.registry.store import StoredAgent

log = logging.getLogger(__name__)

Hook = Callable[[Starlette], AbstractAsyncContextManager[object]]

STATUS: dict[type[RegistryServiceError], int] = {
    BadRequest: 400,
    Unauthorized: 401,
    AgentNotFound: 404,
    NameTaken: 409,
    TooLarge: 413,
    InvalidCard: 422,
}
MAX_BODY_BYTES = 1_100_000  # a card inline, plus a little envelope
PAGE_AGENTS = 500


def create_registry_app(
    directory: Directory,
    *,
    token: str | None,
    open_writes: bool = False,
    extra_routes: Sequence[BaseRoute] = (),
    lifespan_hooks: Sequence[Hook] = (),
    recent_runs: Callable[[], Awaitable[list[dict[str, Any]]]] | None = None,
) -> Starlette:
    """The registry's ASGI app over ``directory`` (opened and closed by the app's lifespan).

    ``recent_runs`` gives the web page the newest orchestration records, when the registry shares a data dir
    with an orchestrator.

    Writes need ``token`` unless ``open_writes``. ``extra_routes`` are mounted before the registry's own
    (the MCP gateway at ``/mcp``, say); each of ``lifespan_hooks`` is called with the app and entered, in
    order, once the directory is open, and exited before it closes.
    """
    if token is None and not open_writes:
        raise ValueError("a registry needs a token for writes, or open_writes=True")
    write_token = None if open_writes else token

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await directory.open()
        sweeper = asyncio.get_running_loop().create_task(sweep_forever(directory.liveness, directory.evict))
        try:
            async with contextlib.AsyncExitStack() as stack:
                for hook in lifespan_hooks:
                    await stack.enter_async_context(hook(app))
                yield
        finally:
            sweeper.cancel()
            await asyncio.gather(sweeper, return_exceptions=True)
            await directory.close()

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def list_agents(request: Request) -> Response:
        params = request.query_params
        unknown = set(params) - {"skill", "tag", "q", "status", "limit", "cursor"}
        if unknown:
            raise BadRequest(f"unknown query parameter(s): {', '.join(sorted(unknown))}")
        status = params.get("status") or None
        if status not in (None, "up", "down"):
            raise BadRequest("status must be 'up' or 'down'")
        page = await directory.search(
            skill=params.get("skill") or None,
            tag=params.get("tag") or None,
            query=(params.get("q") or "").strip() or None,
            status=status,  # type: ignore[arg-type]
            limit=_int(params.get("limit"), DEFAULT_LIMIT, "limit"),
            cursor=params.get("cursor") or None,
        )
        records = ",".join(_record_json(directory, a) for a in page.agents)
        body = f'{{"agents":[{records}],"next_cursor":{json.dumps(page.next_cursor)}}}'
        return _cached_json(request, body)

    async def get_agent(request: Request) -> Response:
        return _cached_json(request, _record_json(directory, await directory.get(request.path_params["name"])))

    async def register_agent(request: Request) -> Response:
        require_token(request, write_token)
        payload = await _json_body(request)
        if not isinstance(payload, dict) or not ({"card_url", "card"} & payload.keys()):
            raise BadRequest("send a JSON object: {'card_url': URL} or {'card': {...}}")
        if "card" in payload and not isinstance(payload["card"], dict):
            raise InvalidCard("'card' must be a JSON object")
        agent = await directory.register(payload.get("card_url"), payload.get("card"))
        return JSONResponse(_record(directory, agent), status_code=201)

    async def heartbeat(request: Request) -> Response:
        require_token(request, write_token)
        return JSONResponse(_record(directory, await directory.heartbeat(request.path_params["name"])))

    async def deregister(request: Request) -> Response:
        require_token(request, write_token)
        await directory.deregister(request.path_params["name"])
        return Response(status_code=204)

    async def web_page(request: Request) -> Response:
        page = await directory.search(limit=PAGE_AGENTS)
        rows = [(agent, directory.status(agent)) for agent in page.agents]
        runs = None
        if recent_runs is not None:
            try:
                runs = await recent_runs()
            except Exception:  # the page must render even when the run store cannot be read
                log.warning("cannot read recent orchestrations", exc_info=True)
        return HTMLResponse(render_page(rows, truncated=page.next_cursor is not None, runs=runs))

    routes = [
        *extra_routes,
        Route("/", web_page, methods=["GET"]),
        Route("/health", health, methods=["GET"]),
        Route("/agents", list_agents, methods=["GET"]),
        Route("/agents", register_agent, methods=["POST"]),
        Route("/agents/{name}", get_agent, methods=["GET"]),
        Route("/agents/{name}", deregister, methods=["DELETE"]),
        Route("/agents/{name}/heartbeat", heartbeat, methods=["POST"]),
    ]
    handlers = {RegistryServiceError: _service_error, HTTPException: _http_error, Exception: _unexpected}
    return Starlette(routes=routes, lifespan=lifespan, exception_handlers=handlers)  # type: ignore[arg-type]


def _record(directory: Directory, agent: StoredAgent) -> dict[str, Any]:
    return {
        "name": agent.name,
        "card_url": agent.card_url,
        "card": agent.card,
        "status": directory.status(agent),
        "registered_at": _iso(agent.registered_at),
        "last_seen": _iso(agent.last_seen),
    }


def _record_json(directory: Directory, agent: StoredAgent) -> str:
    """``_record`` as JSON text, splicing in the card serialised at registration (most of a list's bytes)."""
    return (
        f'{{"name":{json.dumps(agent.name)},"card_url":{json.dumps(agent.card_url)},'
        f'"card":{directory.catalog.card_json(agent)},"status":"{directory.status(agent)}",'
        f'"registered_at":"{_iso(agent.registered_at)}","last_seen":"{_iso(agent.last_seen)}"}}'
    )


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _int(value: str | None, default: int, name: str) -> int:
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise BadRequest(f"{name} must be an integer") from None


async def _json_body(request: Request) -> Any:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise TooLarge(f"the request body is over {MAX_BODY_BYTES} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise TooLarge(f"the request body is over {MAX_BODY_BYTES} bytes")
        chunks.append(chunk)
    try:
        return json.loads(b"".join(chunks))
    except ValueError:
        raise BadRequest("the request body is not valid JSON") from None


def _cached_json(request: Request, body: str) -> Response:
    content = body.encode()
    etag = f'W/"{hashlib.blake2b(content, digest_size=12).hexdigest()}"'
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    wanted = request.headers.get("if-none-match", "")
    if wanted and (wanted.strip() == "*" or etag in {t.strip() for t in wanted.split(",")}):
        return Response(status_code=304, headers=headers)
    return Response(content, media_type="application/json", headers=headers)


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


async def _service_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RegistryServiceError)
    status = next((s for kind, s in STATUS.items() if isinstance(exc, kind)), 400)
    headers = {"WWW-Authenticate": 'Bearer realm="accord-registry"'} if status == 401 else None
    return _error(status, exc.code, str(exc), headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    codes = {404: "not_found", 405: "method_not_allowed"}
    return _error(exc.status_code, codes.get(exc.status_code, "http_error"), exc.detail, dict(exc.headers or {}))


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("registry: unexpected error on %s %s", request.method, request.url.path)
    return _error(500, "internal", "the registry hit an unexpected error; see its log")
