"""Toolbox: an agent's MCP tool servers, opened through the MCP client and used as one set of tools.

Each ``ToolServerSpec`` becomes one MCP ``Client``: a stdio subprocess, a Streamable HTTP connection, or — for a
server object handed in by the host — the SDK's in-memory transport (still MCP end to end, one process fewer).
The toolbox is an async context manager: leaving it, normally, on error or on cancellation, closes every client
and so ends every subprocess it started.

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
from typing import Any, cast

import anyio
import httpx2
from mcp import Client, StdioServerParameters
from mcp.client.streamable_http import streamable_http_client

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
        self._routes: dict[str, tuple[Client, str, str]] = {}  # name -> client, the tool's own name, server
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
            self._routes[name] = (client, tool.name, server_name)
            self.tools.append(ToolSpec(name, tool.description or "", dict(tool.input_schema or {}), tool.output_schema))

    async def call(self, call: ToolCall) -> ToolResult:
        """Run one tool call. Tool failures come back as an error result, never as an exception."""
        route = self._routes.get(call.name)
        if route is None:
            return ToolResult(call.id, call.name, f"unknown tool {call.name!r}", is_error=True, fault=True)
        client, tool_name, server_name = route
        with telemetry.tool_call(self.agent or server_name, call.name, call.id) as outcome:
            try:
                result = await client.call_tool(tool_name, call.arguments)
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
