"""``accord registry``: the registry service alone (HTTP API and web page)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from servers.cli import Subparsers


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("registry", help="run the agent registry (HTTP API and web page)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8700)
    parser.add_argument("--data-dir", help="state folder (default: ACCORD_DATA_DIR or ~/.accord)")
    parser.add_argument(
        "--db",
        help="database URL, e.g. postgresql://user:pass@host/db; replicas share it "
        "(default: ACCORD_DATABASE_URL, else SQLite under the data dir)",
    )
    parser.add_argument(
        "--orchestrator",
        metavar="URL",
        help="the orchestrator whose runs the page shows (default: the agent registered as 'orchestrator')",
    )
    parser.add_argument("--open", action="store_true", help="no token for writes (local development only)")
    parser.add_argument(
        "--allow-loopback", action="store_true", help="accept cards on loopback even when not listening on loopback"
    )
    parser.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="HOST_OR_NETWORK",
        help="only accept cards from these hosts or networks (repeatable; default: any public or private host)",
    )
    parser.add_argument(
        "--foreign-interfaces", action="store_true", help="accept interface URLs on another origin than the card's"
    )
    parser.add_argument("--heartbeat-interval", type=float, default=10.0, help="seconds between heartbeats")
    parser.add_argument("--missed", type=int, default=3, help="missed heartbeats before an agent is down")
    parser.add_argument("--ttl", type=float, default=3600.0, help="seconds of silence before removal")
    parser.add_argument("--log-level", default="warning", choices=["debug", "info", "warning", "error"])
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import sys

    from servers.cli import UsageError
    from servers.cli.ports import require_free_port

    if args.heartbeat_interval <= 0 or args.ttl <= 0 or args.missed < 1:
        raise UsageError("--heartbeat-interval and --ttl must be positive, --missed at least 1")
    if args.db and not args.db.startswith(("postgresql://", "postgres://", "sqlite://", "postgresql+", "sqlite+")):
        raise UsageError("--db must be a postgresql:// or sqlite:// URL")  # never echoed: it may hold a password
    if args.orchestrator and not args.orchestrator.startswith(("http://", "https://")):
        raise UsageError("--orchestrator must be an http(s) URL")
    require_free_port(args.host, args.port)

    import uvicorn

    from agents.settings import Settings
    from servers.registry import Liveness, build_registry
    from servers.registry.hosts import HostPolicy

    settings = Settings.from_env().with_overrides(data_dir=args.data_dir)
    liveness = Liveness(heartbeat_interval=args.heartbeat_interval, missed=args.missed, ttl=args.ttl)
    policy = HostPolicy.for_bind_host(
        args.host,
        allow_loopback=args.allow_loopback,
        allowed=tuple(args.allow_host),
        foreign_interfaces=args.foreign_interfaces,
    )
    service = build_registry(
        settings,
        db_url=args.db,
        open_writes=args.open,
        liveness=liveness,
        host=args.host,
        host_policy=policy,
        orchestrator_url=args.orchestrator,
    )
    for line in service.describe():
        print(f"accord registry: {line}", file=sys.stderr)
    if args.open:
        print("accord registry: " + "!" * 60, file=sys.stderr)
    print(f"accord registry: listening on http://{args.host}:{args.port}/", file=sys.stderr, flush=True)
    uvicorn.run(service.app, host=args.host, port=args.port, log_level=args.log_level, lifespan="on")
    return 0
