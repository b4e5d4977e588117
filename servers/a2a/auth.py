"""Bearer-token authentication for accord's HTTP surfaces.

When a token is configured every request needs ``Authorization: Bearer <token>``, except the paths listed as
public (the Agent Card must stay readable so clients can discover how to authenticate). The comparison is
constant-time. Failures are 401 with a JSON error body and a ``WWW-Authenticate`` challenge.
"""

from __future__ import annotations

import hmac
from collections.abc import Sequence

from starlette.authentication import AuthCredentials, AuthenticationBackend, AuthenticationError, SimpleUser
from starlette.middleware import Middleware
from starlette.middleware.authentication import AuthenticationMiddleware
from starlette.requests import HTTPConnection
from starlette.responses import JSONResponse

CARD_PATHS = ("/.well-known/",)


class BearerToken(AuthenticationBackend):
    def __init__(self, token: str, public_prefixes: Sequence[str] = CARD_PATHS, user: str = "accord") -> None:
        self.token = token.encode()
        self.public_prefixes = tuple(public_prefixes)
        self.user = user

    async def authenticate(self, conn: HTTPConnection):
        if conn.url.path.startswith(self.public_prefixes):
            return None
        scheme, _, token = conn.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), self.token):
            raise AuthenticationError("missing or invalid bearer token")
        return AuthCredentials(["authenticated"]), SimpleUser(self.user)


def _unauthorized(conn: HTTPConnection, exc: Exception) -> JSONResponse:
    return JSONResponse(
        {"error": {"code": "unauthorized", "message": f"{exc}: send 'Authorization: Bearer <token>'"}},
        status_code=401,
        headers={"WWW-Authenticate": 'Bearer realm="accord"'},
    )


def bearer_middleware(token: str | None, public_prefixes: Sequence[str] = CARD_PATHS) -> list[Middleware]:
    """The middleware list for an app: empty when no token is configured."""
    if not token:
        return []
    return [Middleware(AuthenticationMiddleware, backend=BearerToken(token, public_prefixes), on_error=_unauthorized)]
