"""Authentication by route for every accord HTTP surface: agents, the registry, the gateway, tool servers.

``RouteGuard`` finds the route a request would reach, exactly as Starlette's router will (the first full match,
path and method), and admits it by that route's rule: public, or a scope the caller's credential must hold
(``servers.credentials``). A request that matches no route, or matches one only by path (a wrong method), needs
the default scope, so nothing is public by accident: no prefix, mount or catch-all opens a door. The A2A SDK's
REST routes under ``/{tenant}/rest/...`` are routes like any other and get the default rule.

With auth enabled, a missing or invalid credential on a guarded route is 401 (JSON body, ``WWW-Authenticate``)
and a valid one without the scope is 403. On a public route a valid credential still identifies the caller (the
registry page shows more to an administrator). Every admitted caller is ``scope["user"]``, which the A2A SDK turns
into ``ServerCallContext.user``: its name is the caller's task scope.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from starlette.authentication import AuthCredentials, UnauthenticatedUser
from starlette.datastructures import Headers
from starlette.middleware import Middleware
from starlette.requests import HTTPConnection
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Match
from starlette.types import ASGIApp, Receive, Scope, Send

from servers.credentials import CALL, Authenticator, Caller, bearer

PUBLIC = None
"""The rule of a route anyone may reach."""


class RouteGuard:
    """ASGI middleware admitting each request by the rule of the route it reaches (see the module docstring).

    ``rules`` maps routes (by identity) to the scope they need, or ``PUBLIC``; every other route, and every
    request no route fully matches, needs ``default``.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        routes: Sequence[BaseRoute],
        authenticator: Authenticator,
        rules: Iterable[tuple[BaseRoute, str | None]] = (),
        default: str = CALL,
        realm: str = "accord",
    ) -> None:
        self.app = app
        self.routes = routes
        self.authenticator = authenticator
        self.rules: Mapping[int, str | None] = {id(route): scope for route, scope in rules}
        self.default = default
        self.realm = realm

    def rule(self, scope: Scope) -> str | None:
        """The scope the request needs, or ``PUBLIC``: decided by the first route that fully matches it."""
        for route in self.routes:
            match, _ = route.matches(scope)
            if match == Match.FULL:
                return self.rules.get(id(route), self.default)
        return self.default

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or not self.authenticator.enabled:
            await self.app(scope, receive, send)
            return
        needed = self.rule(scope)
        caller = self.authenticator.caller(bearer(Headers(scope=scope).get("authorization")))
        if needed is not None:  # not PUBLIC
            if caller is None:
                await self._refuse(scope, receive, send, 401, "unauthorized", "send 'Authorization: Bearer <token>'")
                return
            if not caller.may(needed):
                message = f"this credential lacks the '{needed}' scope"
                await self._refuse(scope, receive, send, 403, "forbidden", message)
                return
        scope["user"] = caller if caller is not None else UnauthenticatedUser()
        scope["auth"] = AuthCredentials(sorted(caller.scopes) if caller is not None else [])
        await self.app(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, status: int, code: str, message: str) -> None:
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})  # policy violation: no HTTP answer on a socket
            return
        headers = {"WWW-Authenticate": f'Bearer realm="{self.realm}"'} if status == 401 else None
        response = JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)
        await response(scope, receive, send)


def route_guard(
    routes: Sequence[BaseRoute],
    authenticator: Authenticator | None,
    rules: Iterable[tuple[BaseRoute, str | None]] = (),
    *,
    default: str = CALL,
    realm: str = "accord",
) -> list[Middleware]:
    """The middleware list guarding ``routes``: empty when there is no authenticator or auth is off."""
    if authenticator is None or not authenticator.enabled:
        return []
    return [
        Middleware(
            RouteGuard, routes=routes, authenticator=authenticator, rules=list(rules), default=default, realm=realm
        )
    ]


def caller_of(conn: HTTPConnection) -> Caller | None:
    """The authenticated caller of a request admitted by a ``RouteGuard``, or ``None`` (anonymous, or auth off)."""
    user = conn.scope.get("user")
    return user if isinstance(user, Caller) else None
