"""``accord tools NAME [--http] [--host] [--port]``: a specialist's MCP tool server, stdio by default."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("tools", help="serve an agent's MCP tool server (stdio, or --http)")
    parser.add_argument("name", help="the tool server, e.g. calculator")
    parser.add_argument("--http", action="store_true", help="serve Streamable HTTP instead of stdio")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--data-dir", help="where the tool server keeps its state (default: ACCORD_DATA_DIR)")
    parser.set_defaults(handler=run)


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
        require_free_port(args.host, args.port)
        server.run("streamable-http", host=args.host, port=args.port)
    else:
        server.run()  # stdio: nothing else may write to stdout
    return 0
