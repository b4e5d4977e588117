"""The gateway over Streamable HTTP, for mounting at ``/mcp`` in another Starlette app (the registry's).

A mounted app's lifespan never runs, so the host must enter ``gateway_lifespan(mcp)`` in its own lifespan. Every
request needs a credential with the ``call`` scope: the gateway can reach every agent in the mesh. The route
carries its own guard, so it stays closed even in a host app that guards nothing (an ``--open`` registry); in a
host that does guard by route (``servers/a2a/auth.py``), the caller it admitted is taken as is, so a client token
from the data dir works here as everywhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager

from mcp.server import MCPServer
from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Receive, Scope, Send

from servers.a2a.plain_errors import PlainErrors
from servers.credentials import CALL, Authenticator, Caller, bearer
from servers.tools.events import RETRY_MS, MemoryEventStore

PATH = "/mcp"


class BearerGuard:
    """An ASGI wrapper answering 401 (JSON, ``WWW-Authenticate``) unless the caller may ``call``; 403 if it may not."""

    def __init__(self, app: ASGIApp, authenticator: Authenticator) -> None:
        self.app = app
        self.authenticator = authenticator

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        admitted = scope.get("user")
        caller = admitted if isinstance(admitted, Caller) else None
        caller = caller or self.authenticator.caller(bearer(Headers(scope=scope).get("authorization")))
        if caller is None or not caller.may(CALL):
            status, code = (401, "unauthorized") if caller is None else (403, "forbidden")
            response = JSONResponse(
                {"error": {"code": code, "message": "the gateway needs 'Authorization: Bearer <token>' (scope call)"}},
                status_code=status,
                headers={"WWW-Authenticate": 'Bearer realm="accord-gateway"'} if status == 401 else None,
            )
            await response(scope, receive, send)
            return
        scope["user"] = caller  # the tools answer each caller about its own runs
        await self.app(scope, receive, send)


def gateway_routes(mcp: MCPServer, token: str | Authenticator) -> list[BaseRoute]:
    """The route serving ``mcp`` at ``/mcp`` behind ``token`` (the mesh token, or an ``Authenticator``)."""
    authenticator = token if isinstance(token, Authenticator) else Authenticator(token)
    if not authenticator.enabled:
        raise ValueError("the HTTP gateway needs a token")
    # The SDK's parse errors quote the parser; the event store lets a client resume a broken SSE stream.
    sub = mcp.streamable_http_app(streamable_http_path=PATH, event_store=MemoryEventStore(), retry_interval=RETRY_MS)
    app = PlainErrors(sub)
    return [Route(PATH, endpoint=BearerGuard(app, authenticator), methods=["GET", "POST", "DELETE"])]


def gateway_lifespan(mcp: MCPServer) -> Callable[[object], AbstractAsyncContextManager[None]]:
    """A lifespan hook running the gateway's session manager (call after ``gateway_routes``)."""
    return lambda app: mcp.session_manager.run()
