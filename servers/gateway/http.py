"""The gateway over Streamable HTTP, for mounting at ``/mcp`` in another Starlette app (the registry's).

A mounted app's lifespan never runs, so the host must enter ``gateway_lifespan(mcp)`` in its own lifespan. Every
request needs ``Authorization: Bearer <token>``: the gateway can reach every agent in the mesh.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager

from mcp.server import MCPServer
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Route
from starlette.types import ASGIApp, Receive, Scope, Send

PATH = "/mcp"


class BearerGuard:
    """An ASGI wrapper answering 401 (JSON, ``WWW-Authenticate``) unless the request carries the token."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token.encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = dict(scope.get("headers") or [])
        scheme, _, given = headers.get(b"authorization", b"").decode("latin-1").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), self.token):
            response = JSONResponse(
                {"error": {"code": "unauthorized", "message": "the gateway needs 'Authorization: Bearer <token>'"}},
                status_code=401,
                headers={"WWW-Authenticate": 'Bearer realm="accord-gateway"'},
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def gateway_routes(mcp: MCPServer, token: str) -> list[BaseRoute]:
    """The route serving ``mcp`` at ``/mcp`` behind ``token``."""
    app = mcp.streamable_http_app(streamable_http_path=PATH)
    return [Route(PATH, endpoint=BearerGuard(app, token), methods=["GET", "POST", "DELETE"])]


def gateway_lifespan(mcp: MCPServer) -> Callable[[object], AbstractAsyncContextManager[object]]:
    """A lifespan hook running the gateway's session manager (call after ``gateway_routes``)."""
    return lambda app: mcp.session_manager.run()
