"""``accord up``: the whole default mesh on loopback — registry, web page and MCP gateway, and every agent."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from servers.cli import Subparsers
    from servers.mesh import Mesh

SMOKE_QUESTION = "What is 17% of 2,340?"


def register(subparsers: Subparsers) -> None:
    parser = subparsers.add_parser("up", help="run the registry, the MCP gateway and every default agent")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8700, help="registry and gateway port; agents take the next ones")
    parser.add_argument("--data-dir", help="state folder (default: ACCORD_DATA_DIR or ~/.accord)")
    parser.add_argument("--agents", help="comma-separated agent names (default: every default agent present)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for every agent (default 60)")
    parser.add_argument("--call-timeout", type=float, help="gateway: seconds before a long call returns its run id")
    parser.add_argument("--no-check", action="store_true", help="skip asking one agent once the mesh is ready")
    parser.add_argument(
        "--no-launcher", action="store_true", help="start each agent as its own command, not forked from one parent"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import asyncio

    from agents.spec import builtin_names
    from servers.cli import UsageError
    from servers.cli.ports import port_is_free, require_free_port
    from servers.mesh import default_agents

    names = [n.strip() for n in args.agents.split(",") if n.strip()] if args.agents else default_agents()
    unknown = sorted(set(names) - set(builtin_names()))
    if unknown:
        raise UsageError(f"no agent named {', '.join(unknown)}; agents: {', '.join(builtin_names())}")
    if not names:
        raise UsageError("no agents to run")
    if not 0 < args.port <= 65535 - len(names):
        raise UsageError(f"--port must leave room for {len(names)} agent ports after it")
    require_free_port(args.host, args.port)
    ports = [args.port + 1 + i for i in range(len(names))]
    busy = [f"{p} ({n})" for n, p in zip(names, ports, strict=True) if not port_is_free(args.host, p)]
    if busy:
        raise UsageError(f"agent port(s) already in use on {args.host}: {', '.join(busy)}; pick another --port")
    return asyncio.run(_up(args, names, ports))


async def _up(args: argparse.Namespace, names: list[str], ports: list[int]) -> int:
    import asyncio
    import signal
    import sys
    import time

    from agents.settings import Settings
    from servers.mesh import local_mesh, start_launcher

    started = time.monotonic()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    settings = Settings.from_env().with_overrides(data_dir=args.data_dir)

    def event(line: str) -> None:
        print(f"accord up: {line}", file=sys.stderr, flush=True)

    # Started first: it preloads the agent stack while this process imports what it needs.
    launcher = None if args.no_launcher else await start_launcher(settings)
    try:
        mesh = local_mesh(
            settings,
            names=names,
            registry_port=args.port,
            agent_ports=ports,
            host=args.host,
            call_timeout_s=args.call_timeout,
            on_event=event,
            launcher=launcher,
            use_launcher=launcher is not None,
        )
    except BaseException:
        if launcher is not None:
            await launcher.aclose()
        raise
    async with mesh:
        waiting = asyncio.ensure_future(mesh.ready(args.timeout))
        stopping = asyncio.ensure_future(stop.wait())
        await asyncio.wait({waiting, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if not waiting.done():
            waiting.cancel()
            event("stopping")
            return 130
        stopping.cancel()
        try:
            waiting.result()
        except TimeoutError as exc:
            event(f"{exc}; logs in {mesh.log_dir}")
            return 1
        _print_table(mesh)
        print(f"registry and web page: {mesh.registry_url}/", flush=True)
        print(f"MCP gateway (Streamable HTTP, bearer token): {mesh.registry_url}/mcp", flush=True)
        print(f"data: {settings.data_dir}  logs: {mesh.log_dir}", flush=True)
        print(f"ready: {len(names)} agents registered in {time.monotonic() - started:.1f} s", flush=True)
        if not args.no_check and "calculator" in mesh.agents:
            await _check(mesh)
        print("Press Ctrl-C to stop.", flush=True)
        await stop.wait()
        event("stopping")
    event("stopped")
    return 0


def _print_table(mesh: Mesh) -> None:
    rows = [(a.name, a.url + "/", ", ".join(a.skills) or "-") for a in mesh.agents.values()]
    widths = [max(len(r[i]) for r in [("agent", "url", "skills"), *rows]) for i in range(2)]
    print(f"{'agent':<{widths[0]}}  {'url':<{widths[1]}}  skills", flush=True)
    for name, url, skills in rows:
        print(f"{name:<{widths[0]}}  {url:<{widths[1]}}  {skills}", flush=True)


async def _check(mesh: Mesh) -> None:
    """Ask the calculator one question through A2A, so the first run shows the mesh answering."""
    import sys

    from agents.a2a_client import A2AConnection, task_text

    try:
        async with A2AConnection(mesh.agents["calculator"].url, token=mesh.token, timeout_s=30.0) as agent:
            answer = task_text(await agent.send(SMOKE_QUESTION))
        print(f"calculator> {SMOKE_QUESTION}\n{answer}", flush=True)
    except Exception as exc:  # a check, not a reason to stop the mesh
        print(f"accord up: the calculator did not answer the check question: {exc}", file=sys.stderr, flush=True)
