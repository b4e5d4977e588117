"""``accord gateway``: the MCP gateway alone, over Streamable HTTP at ``/mcp``, with ``/health`` for probes.

``accord up`` serves the gateway inside the registry's app; on a cluster it runs as its own replicas behind a
Service. MCP runs *stateless* here: no session lives in one replica's memory, so a load balancer may send each
request to any replica (server-initiated notifications outside a request, such as resource subscriptions, are
not offered this way). Every ``/mcp`` request needs the mesh token (``ACCORD_TOKEN``) or a client token with the
``call`` scope. Host-header checks (DNS rebinding) are the MCP SDK's: on for a loopback bind, and for the
``--allowed-host`` names when given; behind a Service the token is what guards.
"""

from __future__ import annotations

import argparse
from collections.abc import AsyncGenerator, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from starlette.applications import Starlette
    from starlette.requests import Request

    from agents.settings import Settings
    from servers.cli import Subparsers


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("gateway", help="the MCP gateway over Streamable HTTP (for a cluster)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8800)
    parser.add_argument("--registry", help="registry URL (default: ACCORD_REGISTRY_URL)")
    parser.add_argument("--data-dir", help="state folder (default: ACCORD_DATA_DIR or ~/.accord)")
    parser.add_argument("--call-timeout", type=float, help="seconds before a long call returns its run id (50)")
    parser.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="HOST[:PORT]",
        help="accept only these Host headers (repeatable; PORT may be *)",
    )
    parser.add_argument("--log-level", default="warning", choices=["debug", "info", "warning", "error"])
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import sys

    import uvicorn

    from agents.settings import Settings
    from servers.cli import UsageError
    from servers.cli.ports import require_free_port

    if args.call_timeout is not None and args.call_timeout <= 0:
        raise UsageError("--call-timeout must be greater than 0")
    settings = Settings.from_env().with_overrides(data_dir=args.data_dir, registry_url=args.registry)
    if not settings.token:
        raise UsageError("the HTTP gateway needs the mesh token: set ACCORD_TOKEN")
    require_free_port(args.host, args.port)
    app = gateway_app(settings, args.call_timeout, host=args.host, allowed_hosts=args.allowed_host)
    print(
        f"accord gateway: MCP at http://{args.host}:{args.port}/mcp, agents from {settings.registry_url}",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, lifespan="on")
    return 0


def gateway_app(
    settings: Settings,
    call_timeout: float | None = None,
    *,
    host: str = "127.0.0.1",
    allowed_hosts: Sequence[str] = (),
) -> Starlette:
    """The gateway's ASGI app: ``/mcp`` behind the mesh token and the data dir's client tokens, ``/health`` open."""
    from contextlib import asynccontextmanager

    from mcp.server.transport_security import TransportSecuritySettings
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from servers.a2a.plain_errors import PlainErrors
    from servers.credentials import Authenticator
    from servers.gateway import DEFAULT_CALL_TIMEOUT_S, create_gateway
    from servers.gateway.http import PATH, BearerGuard
    from servers.limits import BodySizeLimit

    gateway = create_gateway(
        settings.registry_url,
        token=settings.token,
        data_dir=settings.ensure_data_dir(),
        call_timeout_s=call_timeout or DEFAULT_CALL_TIMEOUT_S,
    )
    security = None
    if allowed_hosts:
        loopback = ["127.0.0.1:*", "localhost:*", "[::1]:*"]
        security = TransportSecuritySettings(
            enable_dns_rebinding_protection=True, allowed_hosts=[*allowed_hosts, *loopback], allowed_origins=[]
        )
    mcp = gateway.streamable_http_app(
        streamable_http_path=PATH, stateless_http=True, transport_security=security, host=host
    )
    guarded = BearerGuard(PlainErrors(mcp), Authenticator.for_data_dir(settings.token, settings.data_dir))
    routes = [Route(PATH, endpoint=guarded, methods=["GET", "POST", "DELETE"])]

    async def health(request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok"})

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncGenerator[None, None]:
        async with gateway.session_manager.run():
            yield

    return Starlette(
        routes=[Route("/health", health, methods=["GET"]), *routes],
        middleware=[Middleware(BodySizeLimit, max_body_bytes=settings.max_body_bytes)],
        lifespan=lifespan,
    )
