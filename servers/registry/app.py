"""The registry over HTTP: the Starlette app of DESIGN.md's "Registry HTTP API", and the web page at ``/``.

A thin adapter over ``Directory``: parse the request, call the core, render JSON. Every error leaves as
``{"error": {"code", "message"}}`` with the HTTP status of its kind in ``servers/errors.py``; nothing is answered
with a 500 on purpose. Lists carry a weak ETag and answer 304 to a matching ``If-None-Match``.

Who may do what is decided per route (``servers/a2a/auth.py``): the reads (the list, a record: published Agent
Cards), the page, ``/health`` and the sign-in form are public; writes need the ``registry:write`` scope (public
only with ``open_writes``); every other route, the gateway's included, needs ``call``. The page shows the texts of
recent orchestrations (what was asked, what each step was given and answered) only to an administrator or to
the caller a run belongs to: one sending the token, or signed in through ``/login``, which keeps the token in an
HttpOnly, SameSite=Strict cookie read by the page alone (never by the API, so a cookie cannot make a cross-site
write). Anyone else sees the runs' shape: pattern, status, the plan, the steps' timing and tokens.

Each agent's row charts its last hour from the summaries its heartbeats carry (``POST /agents/{name}/heartbeat``
with ``{"activity": {...}}``, ``servers/observability/window.py``), else from the recent run records.
``/runs/{run_id}`` is the page of one run (``run_page.py``); ``/metrics`` the Prometheus metrics (``call`` scope,
like every route not named public).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import UTC, datetime
from typing import Any, cast
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from agents.settings import Settings
from servers.a2a.auth import PUBLIC, caller_of, route_guard
from servers.credentials import ADMIN, CALL, REGISTRY_WRITE, Authenticator, Caller
from servers.errors import kind_of
from servers.limits import BodySizeLimit
from servers.observability import Metrics, MetricsMiddleware, TraceMiddleware, metrics_route
from servers.observability.window import SummaryError, parse_summary
from servers.registry.activity import Activity, activity, from_summaries
from servers.registry.cards import check_url
from servers.registry.directory import DEFAULT_LIMIT, Directory
from servers.registry.errors import (
    BadRequest,
    InvalidCard,
    RegistryServiceError,
    TooLarge,
)
from servers.registry.liveness import sweep_forever
from servers.registry.page import RUN_ID, SESSION_COOKIE, render_login, render_page
from servers.registry.run_page import may_read, render_run
from servers.registry.store import StoredAgent

log = logging.getLogger(__name__)

Hook = Callable[[Starlette], AbstractAsyncContextManager[object]]

MAX_BODY_BYTES = 1_100_000  # a card inline, plus a little envelope
MAX_HEARTBEAT_BYTES = 16_384  # a last-hour summary is about 1.5 kB
MAX_FORM_BYTES = 4096
PAGE_AGENTS = 500
SESSION_SECONDS = 12 * 3600
PAGE_HEADERS = {
    # Even if something escaped the escaping, no script runs, no form posts elsewhere, no page frames this one.
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def create_registry_app(
    directory: Directory,
    *,
    token: str | None,
    open_writes: bool = False,
    authenticator: Authenticator | None = None,
    extra_routes: Sequence[BaseRoute] = (),
    lifespan_hooks: Sequence[Hook] = (),
    recent_runs: Callable[[], Awaitable[list[dict[str, Any]]]] | None = None,
    run_detail: Callable[[str], Awaitable[dict[str, Any] | None]] | None = None,
    max_body_bytes: int | None = None,
    metrics: Metrics | None = None,
) -> Starlette:
    """The registry's ASGI app over ``directory`` (opened and closed by the app's lifespan).

    ``recent_runs`` gives the web page the newest orchestration records (newest first), and ``run_detail`` one
    record by id (``None`` when unknown), for the page of each run; both may raise when the runs cannot be read,
    and the pages say so. ``metrics`` are served at ``/metrics`` (default: the registry's own).

    Writes need ``token`` (or a client token of ``authenticator`` with the ``registry:write`` scope) unless
    ``open_writes``. ``extra_routes`` are mounted before the registry's own (the MCP gateway at ``/mcp``, say)
    and need the ``call`` scope; each of ``lifespan_hooks`` is called with the app and entered, in order, once
    the directory is open, and exited before it closes.
    """
    if token is None and authenticator is None and not open_writes:
        raise ValueError("a registry needs a token for writes, or open_writes=True")
    authenticator = authenticator or Authenticator(token)
    metrics = metrics or Metrics("registry", listen=False)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncGenerator[None]:
        await directory.open()
        sweeper = asyncio.get_running_loop().create_task(
            sweep_forever(directory.liveness, directory.evict, directory.now)
        )
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
            status=status,
            limit=_int(params.get("limit"), DEFAULT_LIMIT, "limit"),
            cursor=params.get("cursor") or None,
        )
        records = ",".join(_record_json(directory, a) for a in page.agents)
        body = f'{{"agents":[{records}],"next_cursor":{json.dumps(page.next_cursor)}}}'
        return _cached_json(request, body)

    async def get_agent(request: Request) -> Response:
        return _cached_json(request, _record_json(directory, await directory.get(request.path_params["name"])))

    async def register_agent(request: Request) -> Response:
        received = await _json_body(request)
        payload = cast("dict[str, object]", received) if isinstance(received, dict) else None  # JSON from the wire
        if payload is None or not ({"card_url", "card"} & payload.keys()):
            raise BadRequest("send a JSON object: {'card_url': URL} or {'card': {...}}")
        if "card" in payload and not isinstance(payload["card"], dict):
            raise InvalidCard("'card' must be a JSON object")
        given = payload.get("card_url")
        card_url = check_url(given) if given is not None else None  # what register checks first, typed here
        agent = await directory.register(card_url, payload.get("card"))
        return JSONResponse(_record(directory, agent), status_code=201)

    async def heartbeat(request: Request) -> Response:
        payload = await _json_body(request, MAX_HEARTBEAT_BYTES, empty=True)
        summary = None
        if payload is not None:
            body = cast("dict[str, object]", payload) if isinstance(payload, dict) else None  # JSON from the wire
            if body is None or set(body) - {"activity"}:
                raise BadRequest("a heartbeat's body is empty or {'activity': {...}}")
            try:
                summary = parse_summary(body.get("activity"), directory.now())
            except SummaryError as exc:
                raise BadRequest(str(exc)) from None
        agent = await directory.heartbeat(request.path_params["name"], summary)
        return JSONResponse(_record(directory, agent))

    async def deregister(request: Request) -> Response:
        await directory.deregister(request.path_params["name"])
        return Response(status_code=204)

    def viewer(request: Request) -> Caller | None:
        return caller_of(request) or authenticator.caller(request.cookies.get(SESSION_COOKIE))

    def reader(caller: Caller | None) -> Callable[[Mapping[str, Any]], bool]:
        admin = caller is not None and caller.may(ADMIN)
        return lambda run: may_read(run, caller.name if caller is not None else None, admin)

    async def web_page(request: Request) -> Response:
        page = await directory.search(limit=PAGE_AGENTS)
        rows = [(agent, directory.status(agent)) for agent in page.agents]
        caller = viewer(request)
        runs = None
        if recent_runs is not None:
            try:
                runs = await recent_runs()
            except Exception:  # the page must render even when the run store cannot be read
                log.warning("cannot read recent orchestrations", exc_info=True)
        html = render_page(
            rows,
            truncated=page.next_cursor is not None,
            runs=runs,
            viewer=caller.name if caller is not None else None,
            readable=reader(caller),
            activity=await last_hour([agent.name for agent in page.agents], runs or []),
        )
        return HTMLResponse(html, headers=PAGE_HEADERS)

    async def last_hour(names: list[str], runs: list[dict[str, Any]]) -> dict[str, Activity]:
        """Each agent's last hour: from the summaries its heartbeats carry, else from the run records."""
        hours = activity(runs, time.time())
        try:
            summaries = await directory.activities(names)
        except Exception:  # the page must render even when the database cannot be read
            log.warning("cannot read the agents' last hour", exc_info=True)
            return hours
        now = directory.now()
        hours.update({name: from_summaries(kept, now) for name, kept in summaries.items()})
        return hours

    async def run_page(request: Request) -> Response:
        run_id = request.path_params["run_id"]
        if run_detail is None or not RUN_ID.match(run_id):
            return _page_error(404, "No such run.")
        try:
            record = await run_detail(run_id)
        except Exception:
            log.warning("cannot read run %s", run_id, exc_info=True)
            return _page_error(503, "The orchestrations cannot be read right now; try again shortly.")
        if not isinstance(record, Mapping):
            return _page_error(404, "No such run.")
        caller = viewer(request)
        name = caller.name if caller is not None else None
        html = render_run(record, show_texts=reader(caller)(record), now=time.time(), viewer=name)
        return HTMLResponse(html, headers=PAGE_HEADERS)

    async def login_form(request: Request) -> Response:
        return HTMLResponse(render_login(), headers=PAGE_HEADERS)

    async def login(request: Request) -> Response:
        token = await _form_field(request, "token")
        if authenticator.caller(token) is None:
            return HTMLResponse(render_login(failed=True), headers=PAGE_HEADERS)
        response = RedirectResponse("/", status_code=303)
        secure = request.url.scheme == "https"
        response.set_cookie(
            SESSION_COOKIE, token, max_age=SESSION_SECONDS, httponly=True, samesite="strict", secure=secure
        )
        return response

    async def logout(request: Request) -> Response:
        response = RedirectResponse("/", status_code=303)
        response.delete_cookie(SESSION_COOKIE, httponly=True, samesite="strict")
        return response

    write = PUBLIC if open_writes else REGISTRY_WRITE
    rules: list[tuple[BaseRoute, str | None]] = [
        (Route("/", web_page, methods=["GET"]), PUBLIC),
        (Route("/runs/{run_id}", run_page, methods=["GET"]), PUBLIC),
        (metrics_route(metrics), CALL),
        (Route("/login", login_form, methods=["GET"]), PUBLIC),
        (Route("/login", login, methods=["POST"]), PUBLIC),
        (Route("/logout", logout, methods=["POST"]), PUBLIC),
        (Route("/health", health, methods=["GET"]), PUBLIC),
        (Route("/agents", list_agents, methods=["GET"]), PUBLIC),
        (Route("/agents", register_agent, methods=["POST"]), write),
        (Route("/agents/{name}", get_agent, methods=["GET"]), PUBLIC),
        (Route("/agents/{name}", deregister, methods=["DELETE"]), write),
        (Route("/agents/{name}/heartbeat", heartbeat, methods=["POST"]), write),
    ]
    routes = [*extra_routes, *(route for route, _ in rules)]
    guard = route_guard(routes, authenticator, rules, default=CALL, realm="accord-registry")
    handlers = {RegistryServiceError: _service_error, HTTPException: _http_error, Exception: _unexpected}
    # Every body, on every route, is capped before it is read (default: ACCORD_MAX_BODY_BYTES).
    limit = Middleware(BodySizeLimit, max_body_bytes=max_body_bytes or Settings.from_env().max_body_bytes)
    # Outermost, so refused requests (401, 413) are traced and counted too.
    observed = [
        Middleware(TraceMiddleware, server="registry", routes=routes),
        Middleware(MetricsMiddleware, metrics=metrics, routes=routes),
    ]
    middleware = [*observed, limit, *guard]
    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan, exception_handlers=handlers)


def _record(directory: Directory, agent: StoredAgent) -> dict[str, Any]:
    return {
        "name": agent.name,
        "card_url": agent.card_url,
        "card": agent.card,
        "status": directory.status(agent),
        "registered_at": _iso(agent.registered_at),
        "last_seen": _iso(agent.last_seen),
        **directory.signatures.status(agent.card),
    }


def _record_json(directory: Directory, agent: StoredAgent) -> str:
    """``_record`` as JSON text, splicing in the card serialised at registration (most of a list's bytes)."""
    signature = directory.signatures.status(agent.card)
    return (
        f'{{"name":{json.dumps(agent.name)},"card_url":{json.dumps(agent.card_url)},'
        f'"card":{directory.catalog.card_json(agent)},"status":"{directory.status(agent)}",'
        f'"registered_at":"{_iso(agent.registered_at)}","last_seen":"{_iso(agent.last_seen)}",'
        f'"signed":{json.dumps(signature["signed"])},"verified":{json.dumps(signature["verified"])}}}'
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


async def _json_body(request: Request, limit: int = MAX_BODY_BYTES, *, empty: bool = False) -> object:
    """The request's JSON body, read up to ``limit`` bytes; with ``empty``, ``None`` for no body at all."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise TooLarge(f"the request body is over {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise TooLarge(f"the request body is over {limit} bytes")
        chunks.append(chunk)
    body = b"".join(chunks)
    if empty and not body.strip():
        return None
    try:
        return json.loads(body)
    except ValueError:
        raise BadRequest("the request body is not valid JSON") from None


async def _form_field(request: Request, name: str) -> str:
    """One field of a small url-encoded form; empty when absent or when the body is over ``MAX_FORM_BYTES``."""
    body: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_FORM_BYTES:
            return ""
        body.append(chunk)
    try:
        fields = parse_qs(b"".join(body).decode("utf-8", "replace"), max_num_fields=10)
    except ValueError:  # too many fields
        return ""
    return (fields.get(name) or [""])[0].strip()


def _cached_json(request: Request, body: str) -> Response:
    content = body.encode()
    etag = f'W/"{hashlib.blake2b(content, digest_size=12).hexdigest()}"'
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    wanted = request.headers.get("if-none-match", "")
    if wanted and (wanted.strip() == "*" or etag in {t.strip() for t in wanted.split(",")}):
        return Response(status_code=304, headers=headers)
    return Response(content, media_type="application/json", headers=headers)


def _page_error(status: int, message: str) -> Response:
    body = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>accord registry</title></head>'
        f'<body><p>{message}</p><p><a href="/">Back to the registry</a></p></body></html>'
    )
    return HTMLResponse(body, status_code=status, headers=PAGE_HEADERS)


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


async def _service_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RegistryServiceError)
    status = kind_of(exc).http  # the one error table (servers/errors.py)
    headers = {"WWW-Authenticate": 'Bearer realm="accord-registry"'} if status == 401 else None
    return _error(status, exc.code, str(exc), headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    codes = {404: "not_found", 405: "method_not_allowed"}
    return _error(exc.status_code, codes.get(exc.status_code, "http_error"), exc.detail, dict(exc.headers or {}))


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("registry: unexpected error on %s %s", request.method, request.url.path)
    return _error(500, "internal", "the registry hit an unexpected error; see its log")
