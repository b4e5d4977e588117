"""Toolbox: an agent's MCP tool servers, opened through the MCP client and used as one set of tools.

Each ``ToolServerSpec`` becomes one MCP ``Client``: a stdio subprocess, a Streamable HTTP connection, or — for a
server object handed in by the host — the SDK's in-memory transport (one process fewer). The toolbox is an async
context manager: leaving it, normally, on error or on cancellation, closes every client and so ends every
subprocess it started.

Tools are always listed through the client, so the model is shown what any MCP client is shown. A tool of an
in-process ``MCPServer`` is then called through that server's own ``call_tool`` (``call_in_process``): the same
argument validation, the same tool code and the same output-model validation of its structured result, without
the protocol's round trip, which cost more CPU than the calculator's own work.

Every tool call is an ``execute_tool`` span when tracing is on, and a ``ToolCalled`` event for the metrics
(``agents.telemetry``), named after ``agent`` (default: the tool server's name).
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any, NamedTuple, cast

import anyio
import httpx2
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client
from mcp.server import MCPServer
from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError
from mcp.shared.exceptions import MCPError
from mcp_types import INVALID_REQUEST, REQUEST_TIMEOUT, CallToolResult, TextContent

from agents import telemetry
from agents.errors import ToolServerError
from agents.json_values import json_object
from agents.models.base import ToolCall, ToolResult, ToolSpec
from agents.spec import ToolServerSpec

log = logging.getLogger(__name__)

OPEN_TIMEOUT_S = 30.0


class Toolbox:
    """The tools of several MCP servers under one namespace.

    A tool keeps its own name unless two servers offer the same one; then both are called ``server__tool``.
    ``local_servers`` maps a tool server's name to an in-process server object to use instead of its command.
    """

    def __init__(
        self,
        servers: Sequence[ToolServerSpec],
        *,
        local_servers: Mapping[str, Any] | None = None,
        env: Mapping[str, str] | None = None,
        call_timeout_s: float | None = None,
        agent: str = "",
    ) -> None:
        self.servers = tuple(servers)
        self.agent = agent
        self.local_servers = dict(local_servers or {})
        self.env = dict(env or {})
        self.call_timeout_s = call_timeout_s
        self.tools: list[ToolSpec] = []
        self._routes: dict[str, _Route] = {}
        self._stack: AsyncExitStack | None = None

    async def __aenter__(self) -> Toolbox:
        stack = AsyncExitStack()
        await stack.__aenter__()
        try:
            listed: list[tuple[str, Client, Any]] = []
            for server in self.servers:
                client = await self._open(stack, server)
                try:
                    with anyio.fail_after(OPEN_TIMEOUT_S):
                        tools = (await client.list_tools()).tools
                except Exception as exc:
                    raise ToolServerError(f"tool server {server.name!r} did not list its tools: {exc}") from None
                listed += [(server.name, client, tool) for tool in tools]
            self._index(listed)
        except BaseException:
            await stack.aclose()
            raise
        self._stack = stack
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        stack, self._stack = self._stack, None
        if stack is not None:
            # Not shielded: each client's task group must close in the scope that opened it. The MCP stdio
            # client terminates its subprocess on the way out even when the caller was cancelled.
            await stack.aclose()

    async def _open(self, stack: AsyncExitStack, server: ToolServerSpec) -> Client:
        target: Any
        if server.name in self.local_servers:
            target = self.local_servers[server.name]
        elif server.url:
            http = await stack.enter_async_context(httpx2.AsyncClient(headers=dict(server.headers), timeout=30))
            target = streamable_http_client(server.url, http_client=http)
        else:
            command, args = resolve_command(server.command or "", server.args)
            target = StdioServerParameters(command=command, args=list(args), env={**self.env, **server.env})
        try:
            # No fail_after here: the client's task group lives on in the stack, outside any scope opened now.
            return await stack.enter_async_context(Client(target, read_timeout_seconds=self.call_timeout_s))
        except Exception as exc:
            raise ToolServerError(f"cannot open tool server {server.name!r}: {_reason(exc)}") from None

    def _index(self, listed: list[tuple[str, Client, Any]]) -> None:
        counts: dict[str, int] = {}
        for _, _, tool in listed:
            counts[tool.name] = counts.get(tool.name, 0) + 1
        for server_name, client, tool in listed:
            name = tool.name if counts[tool.name] == 1 else f"{server_name}__{tool.name}"
            local = self.local_servers.get(server_name)
            in_process = cast("MCPServer[Any]", local) if isinstance(local, MCPServer) else None
            self._routes[name] = _Route(client, tool.name, server_name, in_process)
            self.tools.append(ToolSpec(name, tool.description or "", dict(tool.input_schema or {}), tool.output_schema))

    async def call(self, call: ToolCall) -> ToolResult:
        """Run one tool call. Tool failures come back as an error result, never as an exception."""
        route = self._routes.get(call.name)
        if route is None:
            return ToolResult(call.id, call.name, f"unknown tool {call.name!r}", is_error=True, fault=True)
        tool_name = route.tool
        with telemetry.tool_call(self.agent or route.server_name, call.name, call.id) as outcome:
            try:
                result = await self._send(route, call.arguments)
            except Exception as exc:  # transport failures: the tool server crashed or the connection dropped
                log.warning("tool %s failed: %s", call.name, exc)
                reason = f"the tool server failed: {_reason(exc)}"
                return ToolResult(call.id, call.name, reason, is_error=True, fault=True)
            text = "\n".join(getattr(block, "text", "") for block in result.content).strip()
            data = json_object(result.structured_content)
            # The MCP SDK reports an exception the tool did not raise on purpose as this bare line, without a reason.
            crashed = bool(result.is_error) and text == f"Error executing tool {tool_name}"
            outcome("fault" if crashed else "error" if result.is_error else "ok")
            return ToolResult(call.id, call.name, text, data, bool(result.is_error), fault=crashed)

    async def _send(self, route: _Route, arguments: dict[str, Any]) -> CallToolResult:
        if route.in_process is None:
            return await route.client.call_tool(route.tool, arguments)
        return await call_in_process(route.in_process, route.tool, arguments, timeout_s=self.call_timeout_s)


class _Route(NamedTuple):
    """Where a tool name leads: the client that listed it, the tool's own name, its server, and the server object
    when it runs in this process (then called directly; see the module docstring)."""

    client: Client
    tool: str
    server_name: str
    in_process: MCPServer[Any] | None


async def call_in_process(
    server: MCPServer[Any], tool: str, arguments: dict[str, Any], *, timeout_s: float | None = None
) -> CallToolResult:
    """``tools/call`` on an in-process server as an MCP client would see it, through the SDK's public
    ``MCPServer.call_tool`` instead of a request: what the server's own ``tools/call`` handler does with it.

    The server validates the arguments against the tool's input model and the result against its output model
    (so the structured content fits the output schema the client listed); a tool's refusal or crash becomes an
    ``is_error`` result, a crash without its details (``Error executing tool NAME``); an ``MCPError``, or the
    timeout as the SDK's ``REQUEST_TIMEOUT`` error, is raised, as the client would raise it.
    """
    try:
        with anyio.fail_after(timeout_s):
            result = await server.call_tool(tool, arguments)
    except TimeoutError:
        raise MCPError(code=REQUEST_TIMEOUT, message=f"Timed out after {timeout_s}s waiting for 'tools/call'") from None
    except MCPError:
        raise
    except Exception as exc:  # what the SDK's handler turns into an error result, the same way
        if isinstance(exc, ToolError) and not isinstance(exc, UnexpectedToolError):
            log.debug("tool %s refused: %s", tool, exc)
        else:
            log.error("tool %s raised an unexpected exception", tool, exc_info=exc.__cause__ or exc)
        return CallToolResult(content=[TextContent(type="text", text=str(exc))], is_error=True)
    if not isinstance(result, CallToolResult):  # an input request: an agent's call has no user to ask
        raise MCPError(code=INVALID_REQUEST, message=f"tool {tool} asked for input, which this caller cannot give")
    return result


def resolve_command(command: str, args: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    """Run ``accord`` as this very installation, even when its scripts folder is not on PATH."""
    if command == "accord":
        beside = Path(sys.executable).with_name("accord")
        if beside.exists():
            return str(beside), tuple(args)
        if shutil.which("accord") is None:
            return sys.executable, ("-m", "servers.cli", *args)
    return command, tuple(args)


def tool_env(data_dir: Path) -> dict[str, str]:
    """What an accord tool subprocess needs to share the agent's state and ranker choice."""
    env = {"ACCORD_DATA_DIR": str(data_dir)}
    for key in ("ACCORD_RANKER", "PYTHONPATH"):
        if key in os.environ:
            env[key] = os.environ[key]
    return env


def _reason(exc: BaseException) -> str:
    members = _members(exc)
    if members:
        return _reason(members[0])
    return str(exc) or type(exc).__name__


def _members(exc: BaseException) -> tuple[BaseException, ...]:
    """The exceptions a group holds (anyio wraps a task's failure in one); none for a single exception."""
    if isinstance(exc, BaseExceptionGroup):
        return cast("BaseExceptionGroup[BaseException]", exc).exceptions  # isinstance cannot name the members' type
    return ()
