"""``accord tools NAME [--http] [--host] [--port]``: a specialist's MCP tool server, stdio by default.

``accord tools conformance --http`` serves the MCP conformance suite's fixtures (test-only, never in the mesh).
Over ``--http`` every SSE stream is resumable (a priming event with ``retry``, replay after ``Last-Event-ID``) and
every request needs a credential with the ``call`` scope when one is configured (``ACCORD_TOKEN``
or a client token from ``accord tokens add``). Bound to loopback, the MCP SDK also checks Host and Origin
(DNS rebinding); bound to anything else, a credential is required: without one the server refuses to start.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from servers.cli import Subparsers


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("tools", help="serve an agent's MCP tool server (stdio, or --http)")
    parser.add_argument(
        "name", help="the tool server, e.g. calculator (conformance: the MCP conformance suite's fixtures, for tests)"
    )
    parser.add_argument("--http", action="store_true", help="serve Streamable HTTP instead of stdio")
    parser.add_argument("--host", default="127.0.0.1", help="bind address; anything but loopback needs a token")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--data-dir", help="where the tool server keeps its state (default: ACCORD_DATA_DIR)")
    parser.set_defaults(handler=run)


def http_app(
    server: Any, *, host: str, mesh_token: str | None, data_dir: Path, max_body_bytes: int | None = None
) -> Any:
    """The tool server's Streamable HTTP app at ``/mcp``, every route behind the ``call`` scope.

    Raises ``UsageError`` when ``host`` is not loopback and no credential is configured. Request bodies over
    ``max_body_bytes`` (default: ``ACCORD_MAX_BODY_BYTES``) are answered 413 unread.
    """
    from agents.settings import Settings
    from servers.a2a.auth import RouteGuard
    from servers.cli import UsageError
    from servers.credentials import Authenticator
    from servers.limits import BodySizeLimit
    from servers.registry.hosts import is_loopback_host

    authenticator = Authenticator.for_data_dir(mesh_token, data_dir)
    if not authenticator.enabled and not is_loopback_host(host):
        raise UsageError(
            f"refusing to serve tools over HTTP on {host} without a token: set ACCORD_TOKEN or make one with "
            "'accord tokens add NAME', or bind 127.0.0.1"
        )
    from servers.tools.events import RETRY_MS, MemoryEventStore

    # An event store makes every SSE stream resumable: a priming event with ``retry``, replay after Last-Event-ID.
    app = server.streamable_http_app(host=host, event_store=MemoryEventStore(), retry_interval=RETRY_MS)
    app.add_middleware(BodySizeLimit, max_body_bytes=max_body_bytes or Settings.from_env().max_body_bytes)
    if not authenticator.enabled:
        return app
    return RouteGuard(app, routes=(), authenticator=authenticator)


def run(args: argparse.Namespace) -> int:
    from agents.settings import Settings
    from servers.cli import UsageError
    from servers.cli.ports import require_free_port
    from servers.tools import UnknownToolServer, create_tool_server

    settings = Settings.from_env().with_overrides(data_dir=args.data_dir)
    try:
        server = create_tool_server(args.name, settings.ensure_data_dir())
    except UnknownToolServer as exc:
        raise UsageError(str(exc)) from None
    if args.http:
        app = http_app(server, host=args.host, mesh_token=settings.token, data_dir=settings.data_dir)
        require_free_port(args.host, args.port)
        import uvicorn

        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", lifespan="on")
    else:
        server.run()  # stdio: nothing else may write to stdout
    return 0
