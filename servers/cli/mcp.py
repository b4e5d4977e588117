"""``accord mcp``: the MCP gateway over stdio, for Claude Desktop and other MCP hosts.

With no registry answering it starts the default mesh itself (on free ports reserved together, ``accord up``'s
supervisor) and stops it on exit, so one ``claude_desktop_config.json`` entry works with nothing else running. The
MCP ``initialize`` is answered at once, while the mesh starts in the background; a tool called meanwhile waits for
the mesh, reporting its progress. Nothing but MCP goes to stdout.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import AsyncGenerator, Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

    from mcp.server.lowlevel.helper_types import ReadResourceContents
    from mcp.server.mcpserver import Context
    from mcp_types import InputRequiredResult, Resource
    from pydantic import AnyUrl

    from agents.settings import Settings
    from servers.cli import Subparsers
    from servers.gateway.server import GatewayServer
    from servers.mesh import Mesh


def register(subparsers: Subparsers) -> None:
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
    entry: dict[str, Any] = {"command": command[0], "args": [*command[1:], "mcp"]}
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

    from agents.settings import Settings
    from servers.cli.targets import mesh_token

    main = asyncio.current_task()
    assert main is not None
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGHUP):
        loop.add_signal_handler(sig, main.cancel)
    settings = Settings.from_env().with_overrides(data_dir=args.data_dir, registry_url=args.registry)

    def event(line: str) -> None:
        print(f"accord mcp: {line}", file=sys.stderr, flush=True)

    if args.no_mesh or await _answers(settings.registry_url):
        gateway = _gateway(settings, args.call_timeout, settings.registry_url, mesh_token(settings))
        with contextlib.suppress(asyncio.CancelledError):
            await gateway.run_stdio_async()
        return 0
    # No registry: serve MCP at once and start the mesh in the background; tools wait for it (with progress).
    async with _background_mesh(settings, args.call_timeout, event) as (mesh, starting):
        gateway = _gateway(settings, args.call_timeout, mesh.registry_url, mesh.token)
        wait_for_mesh(gateway, starting, mesh)
        with contextlib.suppress(asyncio.CancelledError):
            await gateway.run_stdio_async()
    return 0


def _gateway(settings: Settings, call_timeout: float | None, registry_url: str, token: str | None) -> GatewayServer:
    from servers.gateway import DEFAULT_CALL_TIMEOUT_S, create_gateway

    timeout = call_timeout or DEFAULT_CALL_TIMEOUT_S
    return create_gateway(registry_url, token=token, data_dir=settings.data_dir, call_timeout_s=timeout)


@contextlib.asynccontextmanager
async def _background_mesh(
    settings: Settings, call_timeout: float | None, event: Callable[[str], None]
) -> AsyncGenerator[tuple[Mesh, asyncio.Task[None]], None]:
    """The default mesh on free ports, started in a task: yields ``(mesh, starting)`` at once, stops it on exit."""
    import asyncio

    from servers.cli.ports import free_ports
    from servers.mesh import default_agents, local_mesh, start_launcher

    names = default_agents()
    ports = free_ports(len(names) + 1)
    launcher = await start_launcher(settings)  # preloads while this process imports the registry and gateway
    try:
        mesh = local_mesh(
            settings,
            names=names,
            registry_port=ports[0],
            agent_ports=ports[1:],
            call_timeout_s=call_timeout,
            on_event=event,
            launcher=launcher,
        )
    except BaseException:
        await launcher.aclose()
        raise
    event(f"no registry at {settings.registry_url}; starting the mesh ({', '.join(names)})")

    async def start() -> None:
        await mesh.__aenter__()
        try:
            await mesh.ready(60.0)
            event(f"mesh ready at {mesh.registry_url}/")
        except TimeoutError as exc:
            event(f"{exc}; serving anyway (logs in {mesh.log_dir})")

    starting = asyncio.get_running_loop().create_task(start(), name="mesh start")
    try:
        yield mesh, starting
    finally:
        starting.cancel()
        await asyncio.gather(starting, return_exceptions=True)
        await mesh.aclose()


def wait_for_mesh(
    server: GatewayServer, starting: asyncio.Task[None], mesh: Mesh, *, progress_every_s: float = 0.5
) -> None:
    """Make ``server``'s tool calls and resource lists and reads wait until ``starting`` is done, with progress.

    The MCP host gets its ``initialize`` answer while the mesh still starts (MCP Inspector gives up after 15 s); a
    tool called meanwhile reports "k of n agents up" as progress notifications and runs once the mesh is ready.
    """
    import asyncio

    from mcp.server.mcpserver.exceptions import ToolError

    async def until_ready(context: Context[Any, Any] | None) -> bool:
        total = len(mesh.agents)
        while not starting.done():
            up = sum(agent.status == "up" for agent in mesh.agents.values())
            if context is not None:
                with contextlib.suppress(Exception):  # progress is a courtesy; the call goes on without it
                    await context.report_progress(up, total, f"starting the mesh: {up} of {total} agents up")
            await asyncio.wait({starting}, timeout=progress_every_s)
        return not starting.cancelled() and starting.exception() is None

    call_tool, read_resource, list_resources = server.call_tool, server.read_resource, server.list_resources

    async def gated_call_tool(name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        # ``context`` as GatewayServer.call_tool takes it: anything, a ``Context`` inside a request
        if not await until_ready(context):
            raise ToolError(f"the mesh did not start; its logs are in {mesh.log_dir}")
        return await call_tool(name, arguments, context)

    async def gated_read_resource(
        uri: AnyUrl | str, context: Context[Any, Any] | None = None
    ) -> Iterable[ReadResourceContents] | InputRequiredResult:
        await until_ready(None)  # a mesh that did not start answers as an unreachable registry would
        return await read_resource(uri, context)

    async def gated_list_resources() -> list[Resource]:
        await until_ready(None)
        return await list_resources()

    server.call_tool = gated_call_tool
    server.read_resource = gated_read_resource
    server.list_resources = gated_list_resources


async def _answers(url: str) -> bool:
    import httpx

    try:
        async with httpx.AsyncClient(timeout=1.0) as client:
            return (await client.get(f"{url}/health")).status_code == 200
    except httpx.HTTPError:
        return False
