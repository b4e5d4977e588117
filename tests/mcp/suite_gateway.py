"""The gateway for the MCP conformance suite: ``python -m tests.mcp.suite_gateway --registry URL --port N``.

The suite's client sends no credential, so this serves the gateway's real route (``gateway_routes``: the bearer
guard, plain errors, the event store) behind a loopback-only shim that adds the token to every request, the way a
local reverse proxy would. Nothing else differs from the gateway ``accord up`` mounts at ``/mcp``.
"""

from __future__ import annotations

import argparse
import secrets

import uvicorn
from starlette.applications import Starlette
from starlette.types import ASGIApp, Receive, Scope, Send

from servers.gateway import create_gateway, gateway_lifespan, gateway_routes


class WithToken:
    """Adds ``Authorization: Bearer <token>`` to every HTTP request."""

    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app, self.header = app, (b"authorization", f"Bearer {token}".encode())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = [(k, v) for k, v in scope["headers"] if k.lower() != b"authorization"]
            scope = {**scope, "headers": [*headers, self.header]}
        await self.app(scope, receive, send)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--registry", required=True)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    token = secrets.token_urlsafe(16)
    gateway = create_gateway(args.registry, token=token, watch_interval_s=0.5)
    app = Starlette(routes=gateway_routes(gateway, token), lifespan=gateway_lifespan(gateway))
    uvicorn.run(WithToken(app, token), host="127.0.0.1", port=args.port, log_level="warning", lifespan="on")


if __name__ == "__main__":
    main()
