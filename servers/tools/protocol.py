"""``AccordServer``: the ``MCPServer`` every accord MCP server is built on (the gateway and each tool server).

What it adds to the SDK's server, so no server can forget it:

- ``serverInfo.version`` is accord's package version;
- every tool declares its ``ToolAnnotations`` (read-only, idempotent, open-world), its description is the
  docstring without its indentation, and its output schema is closed (``additionalProperties: false`` on every
  object with named properties), so a client can validate a result strictly;
- an unknown prompt is an invalid-params error, not an internal one;
- ``logging/setLevel`` is served, and ``log(ctx, level, text)`` sends a ``notifications/message`` that respects
  the level the client set (on 2026-07-28 connections: the level its request opted in to);
- arguments that do not fit a tool's schema are named in one line, without the input or documentation links.
"""

from __future__ import annotations

import inspect
import time
import weakref
from collections.abc import Callable
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any, Generic, TypeVar, cast

from mcp.server import MCPServer
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel.server import RequestHandler
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ToolError
from mcp.shared.exceptions import MCPError
from mcp_types import (
    INVALID_PARAMS,
    LOG_LEVEL_META_KEY,
    CallToolResult,
    EmptyResult,
    InputRequiredResult,
    LoggingLevel,
    LoggingMessageNotification,
    LoggingMessageNotificationParams,
    SetLevelRequestParams,
    ToolAnnotations,
)
from mcp_types.version import MODERN_PROTOCOL_VERSIONS
from pydantic import BaseModel, ValidationError

LEVELS: tuple[LoggingLevel, ...] = ("debug", "info", "notice", "warning", "error", "critical", "alert", "emergency")
DEFAULT_LEVEL: LoggingLevel = "info"

READ_ONLY = ToolAnnotations(read_only_hint=True, idempotent_hint=True, open_world_hint=False)
"""A pure function of its arguments: no side effect, the same answer every time, nothing outside consulted."""

_F = TypeVar("_F", bound=Callable[..., Any])


@cache
def accord_version() -> str:
    """accord's installed package version (``0+unknown`` when run from a tree that is not installed)."""
    try:
        return version("accord")
    except PackageNotFoundError:
        return "0+unknown"


def close_schema(schema: Any) -> Any:
    """``schema`` with ``additionalProperties: false`` on every object that names its properties and is silent."""
    # A JSON schema is JSON: its keys are strings, and anything may sit below them.
    if isinstance(schema, dict):
        closed = {key: close_schema(value) for key, value in cast(dict[str, Any], schema).items()}
        if "properties" in closed and "additionalProperties" not in closed:
            closed["additionalProperties"] = False
        return closed
    if isinstance(schema, list):
        return [close_schema(item) for item in cast(list[Any], schema)]
    return schema


_V = TypeVar("_V")
_P = TypeVar("_P", bound=BaseModel)


class PerConnection(Generic[_V]):
    """Values kept per MCP connection, keyed by the identity of its ``initialize`` params (one object per
    connection, gone with it), so nothing outlives the connection it was set on."""

    def __init__(self) -> None:
        self._values: dict[int, tuple[weakref.ref[Any], _V]] = {}

    def _drop(self, key: int) -> Callable[[weakref.ref[Any]], None]:
        def drop(_: weakref.ref[Any]) -> None:
            self._values.pop(key, None)

        return drop

    def set(self, peer: Any, value: _V) -> None:
        if peer is not None:
            self._values[id(peer)] = (weakref.ref(peer, self._drop(id(peer))), value)

    def get(self, peer: Any, default: _V) -> _V:
        kept = self._values.get(id(peer)) if peer is not None else None
        return kept[1] if kept is not None and kept[0]() is peer else default

    def items(self) -> list[tuple[Any, _V]]:
        return [(peer, value) for ref, value in list(self._values.values()) if (peer := ref()) is not None]


def _problems(error: ValidationError) -> str:
    """Each bad argument and what is wrong with it, in one line: no input echoed, no documentation links."""
    problems = {f"{'.'.join(str(p) for p in e['loc']) or 'arguments'}: {e['msg']}" for e in error.errors()}
    return "; ".join(sorted(problems)[:10])


class AccordServer(MCPServer):
    """An ``MCPServer`` with accord's protocol conventions (see the module docstring)."""

    def __init__(self, name: str, *, instructions: str, **kwargs: Any) -> None:
        kwargs.setdefault("version", accord_version())
        super().__init__(name, instructions=instructions, **kwargs)
        self._levels: PerConnection[LoggingLevel] = PerConnection()
        self.add_request_handler("logging/setLevel", SetLevelRequestParams, self._set_level)

    def add_request_handler(self, method: str, params_type: type[_P], handler: RequestHandler[Any, _P]) -> None:
        """Serve a request method the SDK's ``MCPServer`` has no decorator for (``params_type`` validates it)."""
        self._lowlevel_server.add_request_handler(method, params_type, handler)

    def tool(self, *args: Any, annotations: ToolAnnotations | None = None, **kwargs: Any) -> Callable[[_F], _F]:
        """``MCPServer.tool`` that insists on annotations and strips the docstring's indentation."""
        if annotations is None:
            raise TypeError("every accord tool declares its annotations (read-only, idempotent, open-world)")
        register = super().tool(*args, annotations=annotations, **kwargs)

        def decorator(fn: _F) -> _F:
            if kwargs.get("description") is None and fn.__doc__:
                fn.__doc__ = inspect.cleandoc(fn.__doc__)
            return register(fn)

        return decorator

    async def list_tools(self) -> list[Any]:
        tools = await super().list_tools()
        for tool in tools:
            if tool.output_schema is not None:
                tool.output_schema = close_schema(tool.output_schema)
        return tools

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Context[Any, Any] | None = None
    ) -> CallToolResult | InputRequiredResult:
        """The SDK's call, narrated to the client's log (debug: started; info: done; warning: declined)."""
        started = time.perf_counter()
        await log(context, "debug", f"{name}: started", logger=self.name)
        try:
            result = await super().call_tool(name, arguments, context)
        except ToolError as exc:
            if isinstance(exc.__cause__, ValidationError):
                exc = ToolError(f"invalid arguments for {name}: {_problems(exc.__cause__)}")
            await log(context, "warning", f"{name}: declined: {exc}", logger=self.name)
            raise exc from None
        await log(context, "info", f"{name}: done in {(time.perf_counter() - started) * 1000:.0f} ms", logger=self.name)
        return result

    async def get_prompt(self, name: str, arguments: dict[str, Any] | None = None, context: Any = None) -> Any:
        if self._prompt_manager.get_prompt(name) is None:  # the SDK would log a traceback and answer code 0
            raise MCPError(code=INVALID_PARAMS, message=f"unknown prompt {name[:200]!r}", data={"name": name[:200]})
        return await super().get_prompt(name, arguments, context)

    async def _set_level(self, ctx: ServerRequestContext[Any], params: SetLevelRequestParams) -> EmptyResult:
        self._levels.set(ctx.session.client_params, params.level)
        return EmptyResult()

    def level_of(self, ctx: Context) -> LoggingLevel | None:
        """The lowest level the client of ``ctx`` wants to hear, or ``None`` when it wants no log at all."""
        request = ctx.request_context
        if request.protocol_version in MODERN_PROTOCOL_VERSIONS:
            asked = (request.meta or {}).get(LOG_LEVEL_META_KEY)
            return asked if asked in LEVELS else None
        return self._levels.get(request.session.client_params, DEFAULT_LEVEL)


async def log(ctx: Context | None, level: LoggingLevel, text: str, *, logger: str | None = None) -> None:
    """Send ``text`` to the client of ``ctx`` as a log notification, when it asked for ``level`` or below.

    Best effort: a client that went away, or a call made outside a request, loses the line and nothing else.
    """
    if ctx is None:
        return
    try:
        server = ctx.mcp_server
        wanted = server.level_of(ctx) if isinstance(server, AccordServer) else DEFAULT_LEVEL
        if wanted is None or LEVELS.index(level) < LEVELS.index(wanted):
            return
        notification = LoggingMessageNotification(
            params=LoggingMessageNotificationParams(level=level, data=text, logger=logger)
        )
        await ctx.request_context.session.send_notification(notification, related_request_id=ctx.request_id)
    except Exception:  # noqa: BLE001 - a log line must never fail the call it describes
        return
