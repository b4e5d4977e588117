"""``accord serve NAME``: one agent as an A2A server, registered with the registry when one answers."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

    from agents.settings import Settings
    from servers.a2a.app import Hook
    from servers.cli import Subparsers

DATABASE_SCHEMES = ("postgresql://", "postgres://", "postgresql+asyncpg://", "sqlite:///")


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("serve", help="serve one agent over A2A")
    parser.add_argument(
        "name",
        help="an agent name (calculator, researcher, ...; conformance: the A2A test agent) or a spec .toml file",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="port to bind (default: a free one)")
    parser.add_argument("--data-dir", help="state folder (default: ACCORD_DATA_DIR or ~/.accord)")
    parser.add_argument("--registry", help="registry URL (default: ACCORD_REGISTRY_URL)")
    parser.add_argument(
        "--db",
        help="database URL for tasks and runs, e.g. postgresql://user:pass@host/db: replicas of an agent share it "
        "(default: ACCORD_DATABASE_URL, else SQLite under the data dir)",
    )
    parser.add_argument(
        "--lease-seconds",
        type=float,
        default=15.0,
        help="with PostgreSQL: seconds before a stopped replica's tasks are taken over by another (default 15)",
    )
    parser.add_argument("--public-url", help="the URL clients use, when it differs from http://HOST:PORT")
    parser.add_argument("--stdio-tools", action="store_true", help="run accord's tool servers as subprocesses")
    parser.add_argument("--log-level", default="warning", choices=["debug", "info", "warning", "error"])
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import asyncio
    import logging
    import sys
    from pathlib import Path

    from agents.errors import ConfigurationError
    from agents.settings import Settings
    from agents.spec import SpecError, builtin_spec, load_spec
    from servers.cli import UsageError
    from servers.cli.ports import free_port, require_free_port
    from servers.pattern_programs import kept_programs

    logging.getLogger().setLevel(args.log_level.upper())
    settings = Settings.from_env().with_overrides(
        data_dir=args.data_dir, registry_url=args.registry, database_url=args.db
    )
    if settings.database_url and not settings.database_url.startswith(DATABASE_SCHEMES):
        raise UsageError("--db / ACCORD_DATABASE_URL must be a postgresql:// or sqlite:/// URL")
    if not 1.0 <= args.lease_seconds <= 3600.0:
        raise UsageError("--lease-seconds must be from 1 to 3600")
    if args.name == "conformance":
        return _serve_conformance(args, settings)
    try:
        spec = (
            load_spec(args.name)
            if args.name.endswith(".toml") or Path(args.name).is_file()
            else builtin_spec(args.name)
        )
    except SpecError as exc:
        raise UsageError(str(exc)) from None
    require_free_port(args.host, args.port)
    port = args.port or free_port(args.host)
    base_url = args.public_url or f"http://{args.host}:{port}"
    listening = asyncio.Event()
    try:
        # the agent stack's regular expressions from the programs kept at the last start; a launcher's child has
        # the stack imported already, and keeps nothing of the few patterns building the app compiles
        preloaded = "servers.a2a.hosting" in sys.modules
        with contextlib.nullcontext() if preloaded else kept_programs(f"agent-{spec.name}"):
            from servers.a2a.hosting import agent_app

            app = agent_app(
                spec,
                settings,
                base_url,
                in_process_tools=not args.stdio_tools,
                lifespan_hooks=_registration(settings, base_url, listening),
                lease_seconds=args.lease_seconds,
            )
    except ConfigurationError as exc:
        raise UsageError(str(exc)) from None
    print(
        f"accord: {spec.name} serving A2A at {base_url}/ (card: {base_url}/.well-known/agent-card.json)",
        file=sys.stderr,
        flush=True,
    )
    return _serve(app, args.host, port, args.log_level, listening)


def _serve_conformance(args: argparse.Namespace, settings: Settings) -> int:
    """The opt-in A2A conformance agent (``servers/a2a/conformance.py``), served like any other agent."""
    import asyncio
    import sys

    from servers.a2a.conformance import conformance_app
    from servers.cli.ports import free_port, require_free_port

    require_free_port(args.host, args.port)
    port = args.port or free_port(args.host)
    base_url = args.public_url or f"http://{args.host}:{port}"
    listening = asyncio.Event()
    app = conformance_app(
        settings,
        base_url,
        lifespan_hooks=_registration(settings, base_url, listening),
        lease_seconds=args.lease_seconds,
    )
    card = f"{base_url}/.well-known/agent-card.json"
    print(f"accord: conformance serving A2A at {base_url}/ (card: {card})", file=sys.stderr, flush=True)
    return _serve(app, args.host, port, args.log_level, listening)


STARTUP_FAILURE = 3
"""uvicorn's exit code for a server that did not start (``uvicorn.run`` exits with it too)."""


def _serve(app: Any, host: str, port: int, log_level: str, listening: asyncio.Event) -> int:
    """``uvicorn.run``, with ``listening`` set once the socket is bound.

    What was built before serving (the imported stack, the tools' tables, the card) lives as long as the process,
    so it is frozen (``gc.freeze``): the collector's full passes then skip it instead of walking some 170,000
    objects, a quarter of a second during which every request waits.
    """
    import gc

    import uvicorn

    gc.freeze()

    class ListeningServer(uvicorn.Server):
        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets)
            if self.started:
                listening.set()

    server = ListeningServer(uvicorn.Config(app, host=host, port=port, log_level=log_level, lifespan="on"))
    with contextlib.suppress(KeyboardInterrupt):
        server.run()
    return 0 if server.started else STARTUP_FAILURE


def _registration(settings: Settings, base_url: str, listening: asyncio.Event | None = None) -> tuple[Hook, ...]:
    """The hook that registers the agent with the registry while it serves (and retries until one answers).

    With ``listening``, the first try waits until the server listens: the registry fetches the card at once, and
    a try before the socket is bound only earns a refusal and a retry after a backoff, on every start.
    """
    from agents.registration import Registration

    card_url = f"{base_url}/.well-known/agent-card.json"

    def registration() -> contextlib.AbstractAsyncContextManager[object]:
        registered = Registration(settings.registry_url, card_url, token=settings.token)
        return registered if listening is None else _once_listening(registered, listening)

    return (registration,)


@contextlib.asynccontextmanager
async def _once_listening(
    registration: contextlib.AbstractAsyncContextManager[object], listening: asyncio.Event
) -> AsyncGenerator[None]:
    """``registration`` entered once ``listening`` is set, without holding up the server's start; left on exit."""
    import asyncio

    async with contextlib.AsyncExitStack() as stack:

        async def enter() -> None:
            await listening.wait()
            await stack.enter_async_context(registration)

        waiting = asyncio.get_running_loop().create_task(enter(), name="register once listening")
        stack.push_async_callback(_cancel, waiting)  # left last: registration, if entered, is left before it
        yield


async def _cancel(task: asyncio.Task[None]) -> None:
    import asyncio

    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
