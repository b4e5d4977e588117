"""``accord mcp``: the MCP gateway over stdio, for Claude Desktop and other MCP hosts.

With no registry answering it starts the default mesh itself (on free ports, ``accord up``'s supervisor) and
stops it on exit, so one ``claude_desktop_config.json`` entry works with nothing else running. Nothing but MCP
goes to stdout.
"""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("mcp", help="the MCP gateway over stdio (for Claude Desktop)")
    parser.add_argument("--registry", help="registry URL (default: ACCORD_REGISTRY_URL)")
    parser.add_argument("--data-dir", help="state folder (default: ACCORD_DATA_DIR or ~/.accord)")
    parser.add_argument("--call-timeout", type=float, help="seconds before a long call returns its run id (50)")
    parser.add_argument("--no-mesh", action="store_true", help="never start a mesh, even with no registry")
    parser.add_argument("--print-config", action="store_true", help="print the claude_desktop_config.json entry")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import asyncio

    from servers.cli import UsageError

    if args.call_timeout is not None and args.call_timeout <= 0:
        raise UsageError("--call-timeout must be greater than 0")
    if args.print_config:
        return _print_config(args)
    return asyncio.run(_serve(args))


def _print_config(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from agents.settings import Settings
    from servers.mesh import accord_command

    settings = Settings.from_env().with_overrides(data_dir=args.data_dir)
    command = accord_command()
    entry: dict = {"command": command[0], "args": [*command[1:], "mcp"]}
    entry["env"] = {"ACCORD_DATA_DIR": str(Path(settings.data_dir).resolve())}
    if args.registry:
        entry["args"] += ["--registry", args.registry]
    print(json.dumps({"mcpServers": {"accord": entry}}, indent=2))
    return 0


async def _serve(args: argparse.Namespace) -> int:
    import asyncio
    import contextlib
    import signal
    import sys

    import httpx

    from agents.settings import Settings
    from servers.cli.ports import free_port
    from servers.gateway import DEFAULT_CALL_TIMEOUT_S, create_gateway
    from servers.mesh import default_agents, local_mesh
    from servers.registry.auth import TOKEN_FILE

    main = asyncio.current_task()
    assert main is not None
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGHUP):
        loop.add_signal_handler(sig, main.cancel)
    settings = Settings.from_env().with_overrides(data_dir=args.data_dir, registry_url=args.registry)
    call_timeout = args.call_timeout or DEFAULT_CALL_TIMEOUT_S

    def event(line: str) -> None:
        print(f"accord mcp: {line}", file=sys.stderr, flush=True)

    async with contextlib.AsyncExitStack() as stack:
        registry_url, token = settings.registry_url, settings.token
        if args.no_mesh or await _answers(httpx, registry_url):
            token_file = settings.data_dir / TOKEN_FILE
            if token is None and token_file.is_file():
                token = token_file.read_text().strip() or None
        else:
            names = default_agents()
            ports = [free_port() for _ in range(len(names) + 1)]
            mesh = local_mesh(
                settings,
                names=names,
                registry_port=ports[0],
                agent_ports=ports[1:],
                call_timeout_s=call_timeout,
                on_event=event,
            )
            event(f"no registry at {registry_url}; starting the mesh ({', '.join(names)})")
            await stack.enter_async_context(mesh)
            registry_url, token = mesh.registry_url, mesh.token
            try:
                await mesh.ready(60.0)
                event(f"mesh ready at {registry_url}/")
            except TimeoutError as exc:
                event(f"{exc}; serving anyway (logs in {mesh.log_dir})")
        gateway = create_gateway(registry_url, token=token, data_dir=settings.data_dir, call_timeout_s=call_timeout)
        with contextlib.suppress(asyncio.CancelledError):
            await gateway.run_stdio_async()
    return 0


async def _answers(httpx, url: str) -> bool:
    try:
        async with httpx.AsyncClient(timeout=1.0) as client:
            return (await client.get(f"{url}/health")).status_code == 200
    except httpx.HTTPError:
        return False
