"""The gateway's MCP server: its tools, the agent cards as resources, completion and subscriptions.

``create_gateway`` builds it over a ``Gateway`` (``calls.py``); ``AgentWatch`` (``watch.py``) tells its clients
when agents come and go. Tools: ``list_agents``, ``ask_agent`` (which also answers an agent's question, given the
task's ``task_id`` and ``context_id``), ``orchestrate`` and ``get_run``; resources: ``accord://agents/{name}``, one
per registered agent.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
from collections.abc import AsyncGenerator
from pathlib import Path
from typing import Annotated, Any

from mcp.server.lowlevel.server import NotificationOptions
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ResourceNotFoundError
from mcp.server.models import InitializationOptions
from mcp.server.subscriptions import InMemorySubscriptionBus
from mcp.shared.exceptions import MCPError
from mcp_types import (
    INTERNAL_ERROR,
    INVALID_PARAMS,
    Completion,
    EmptyResult,
    InputRequiredResult,
    Resource,
    ResourceTemplateReference,
    SubscribeRequestParams,
    ToolAnnotations,
    UnsubscribeRequestParams,
)
from mcp_types.version import MODERN_PROTOCOL_VERSIONS
from pydantic import Field

from patterns import PATTERN_NAMES, PatternName
from servers.gateway.calls import (
    DEFAULT_CALL_TIMEOUT_S,
    MAX_MESSAGE_CHARS,
    ORCHESTRATOR,
    Gateway,
    caller_name,
)
from servers.gateway.errors import (
    AgentFailed,
    GatewayError,
    UnknownAgentName,
)
from servers.gateway.questions import answered, question
from servers.gateway.results import AgentSummary, CallResult
from servers.gateway.watch import PREFIX, AgentWatch, card_uri
from servers.tools.protocol import AccordServer

MAX_COMPLETIONS = 100
MAX_URI_CHARS = 2_000
NAME_PATTERN = "^[a-z0-9_-]{1,128}$"
CONTINUES = ("agent", "task_id", "context_id", "question")

ASKS = ToolAnnotations(read_only_hint=False, destructive_hint=False, idempotent_hint=False, open_world_hint=True)
"""Sends work to agents, which may act on it; asking twice asks twice."""
LOOKS = ToolAnnotations(read_only_hint=True, idempotent_hint=True, open_world_hint=True)
"""Only reads, from the registry or the agents: the mesh outside the gateway."""


class GatewayServer(AccordServer):
    """The gateway's MCP server: its ``resources/list`` is the registry's agents, one card each."""

    def __init__(self, gateway: Gateway, bus: InMemorySubscriptionBus, watch: AgentWatch, **kwargs: Any) -> None:
        super().__init__("accord", subscriptions=bus, **kwargs)
        self.gateway = gateway
        self.watch = watch
        """What tells clients when agents come and go (for embedders and tests)."""
        low = self._lowlevel_server
        initialization = low.create_initialization_options

        def announcing_changes(
            notification_options: NotificationOptions | None = None,
            experimental_capabilities: dict[str, dict[str, Any]] | None = None,
            extensions: dict[str, dict[str, Any]] | None = None,
        ) -> InitializationOptions:
            # Handshake clients learn here that the card list changes and that cards can be watched.
            return initialization(
                notification_options=NotificationOptions(resources_changed=True),
                experimental_capabilities=experimental_capabilities,
                extensions=extensions,
            )

        low.create_initialization_options = announcing_changes
        # Clients may watch a card (resources/subscribe); MCPServer has no decorator for these two requests.
        low.add_request_handler("resources/subscribe", SubscribeRequestParams, self._subscribe)
        low.add_request_handler("resources/unsubscribe", UnsubscribeRequestParams, self._unsubscribe)

    async def _subscribe(self, request: Any, params: SubscribeRequestParams) -> EmptyResult:
        self.watch.subscribe(request.session, _watchable(str(params.uri)))
        return EmptyResult()

    async def _unsubscribe(self, request: Any, params: UnsubscribeRequestParams) -> EmptyResult:
        self.watch.unsubscribe(request.session, _watchable(str(params.uri)))
        return EmptyResult()

    async def list_resources(self) -> list[Resource]:
        try:
            records = await self.gateway.agents()
        except GatewayError as exc:
            raise MCPError(code=INTERNAL_ERROR, message=str(exc)) from None
        return [
            Resource(
                uri=card_uri(record.name),
                name=record.name,
                title=str(record.card.get("name") or record.name),
                description=f"{record.name}'s A2A card ({record.status}): {_said(record.card.get('description'))}",
                mime_type="application/json",
            )
            for record in records
        ]


def create_gateway(
    registry_url: str,
    *,
    token: str | None = None,
    data_dir: Path | None = None,
    call_timeout_s: float = DEFAULT_CALL_TIMEOUT_S,
    watch_interval_s: float | None = None,
) -> GatewayServer:
    """The gateway as an ``MCPServer`` over the registry at ``registry_url``."""
    gateway = Gateway(registry_url, token=token, data_dir=data_dir, call_timeout_s=call_timeout_s)
    bus = InMemorySubscriptionBus()
    watch = AgentWatch(gateway.agents, bus)
    if watch_interval_s is not None:
        watch.interval_s = watch_interval_s

    @contextlib.asynccontextmanager
    async def watching(_: Any) -> AsyncGenerator[None, None]:
        task = asyncio.get_running_loop().create_task(watch.run(), name="gateway agent watch")
        try:
            yield None
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await gateway.aclose()

    async def meet(request: Any, call_next: Any) -> Any:
        # Every handshake connection is told when agents come and go, not only those that subscribed.
        if request.protocol_version not in MODERN_PROTOCOL_VERSIONS:
            with contextlib.suppress(Exception):
                watch.met(request.session)
        return await call_next(request)

    mcp = GatewayServer(
        gateway,
        bus,
        watch,
        instructions=(
            "accord's agent mesh. Find agents with list_agents, ask one with ask_agent, or hand a whole task to the "
            "orchestrator with orchestrate. A long call returns a run_id early: fetch the result with get_run. An "
            "agent that needs more input asks you (elicitation) or returns its question with task_id and "
            "context_id: answer with ask_agent, passing both."
        ),
        lifespan=watching,
        middleware=[meet],
    )

    async def ask(
        ctx: Context,
        agent: str,
        text: str,
        metadata: dict[str, Any] | None = None,
        *,
        task_id: str | None = None,
        context_id: str | None = None,
    ) -> CallResult | InputRequiredResult:
        """Call ``agent``, or, on the retry of a question (2026-07-28), continue the task that asked it."""
        asked = 0
        resumed = answered(ctx)
        if resumed is None:
            result = await gateway.call(agent, text, ctx, metadata, task_id=task_id, context_id=context_id)
        else:
            state, reply = resumed
            asked = int(state.get("asked") or 0)
            if reply is None:
                note = "you did not answer: call ask_agent with your answer, this task_id and this context_id"
                return CallResult(state="input-required", note=note, **{k: state.get(k) for k in CONTINUES})
            continued = {"task_id": state["task_id"], "context_id": state.get("context_id")}
            result = await gateway.call(str(state.get("agent")), reply, ctx, **continued)
        asking = question(ctx, {**result, "asked": asked})
        return asking if asking is not None else CallResult.model_validate(result)

    @mcp.tool(annotations=LOOKS)
    async def list_agents(
        query: Annotated[str | None, Field(description="free text, ranked by relevance", max_length=2_000)] = None,
        skill: Annotated[str | None, Field(description="a skill id or name", max_length=200)] = None,
        tag: Annotated[str | None, Field(description="a skill tag", max_length=200)] = None,
    ) -> list[AgentSummary]:
        """The agents in the registry, with their status, URL and skills."""
        return [AgentSummary.model_validate(agent) for agent in await gateway.list_agents(query, skill, tag)]

    @mcp.tool(annotations=ASKS)
    async def ask_agent(
        agent: Annotated[str, Field(description="the agent's registry name, e.g. 'calculator'", max_length=200)],
        message: Annotated[str, Field(description="what to ask, or the answer to its question")],
        ctx: Context,
        task_id: Annotated[
            str | None, Field(description="the task_id of a task that asked a question, to answer it", max_length=200)
        ] = None,
        context_id: Annotated[
            str | None, Field(description="that task's context_id (from the same result)", max_length=200)
        ] = None,
    ) -> CallResult | InputRequiredResult:
        """Send a message to one agent over A2A and return its answer (text and structured data). When the agent
        asks a question, answer it by calling again with the task_id and context_id it returned."""
        if answered(ctx) is None:  # a retry carries its answer in the request state, not in message
            if not message.strip():
                raise AgentFailed("the message is empty: say what to ask the agent")
            _check_size(message, "message")
        return await ask(ctx, agent, message, task_id=task_id or None, context_id=context_id or None)

    @mcp.tool(annotations=ASKS)
    async def orchestrate(
        task: Annotated[str, Field(description="the task, in plain words")],
        ctx: Context,
        pattern: Annotated[PatternName | None, Field(description="how to combine the agents; default: decided")] = None,
        agents: Annotated[
            list[Annotated[str, Field(max_length=200)]] | None,
            Field(description="registry names of the workers to use", max_length=50),
        ] = None,
    ) -> CallResult | InputRequiredResult:
        """Run a task through the orchestrator agent; returns its answer and the run record (steps, usage)."""
        if not task.strip():
            raise AgentFailed("the task is empty: say what to orchestrate")
        _check_size(task, "task")
        if pattern is not None and pattern not in PATTERN_NAMES:  # the schema says so too; a lax client may not check
            raise AgentFailed(f"unknown pattern {pattern!r}; patterns: {', '.join(PATTERN_NAMES)}")
        metadata: dict[str, Any] = {}
        if pattern:
            metadata["pattern"] = pattern
        if agents:
            metadata["agents"] = list(agents)
        return await ask(ctx, ORCHESTRATOR, task, metadata or None)

    @mcp.tool(annotations=LOOKS)
    async def get_run(
        run_id: Annotated[str, Field(description="a run id or task id from an earlier call", max_length=200)],
        ctx: Context,
    ) -> CallResult:
        """The state or result of an orchestration run or agent task, e.g. one that outlived its tool call."""
        return CallResult.model_validate(await gateway.get_run(run_id, caller_name(ctx)))

    @mcp.resource(PREFIX + "{name}", name="agent-card", title="Agent card", mime_type="application/json")
    async def agent_card(name: str) -> str:
        """An agent's A2A card, by its registry name."""
        if not re.fullmatch(NAME_PATTERN, name):
            raise ResourceNotFoundError(f"no agent named {name[:200]!r}: names are lowercase letters, digits, - and _")
        try:
            return json.dumps(await gateway.card(name), indent=2)
        except UnknownAgentName as exc:
            raise ResourceNotFoundError(str(exc)) from None
        except GatewayError as exc:
            raise MCPError(code=INTERNAL_ERROR, message=str(exc)) from None

    @mcp.completion()
    async def complete(ref: Any, argument: Any, context: Any) -> Completion | None:
        if not isinstance(ref, ResourceTemplateReference) or ref.uri != PREFIX + "{name}" or argument.name != "name":
            return None
        typed = argument.value.strip().lower()[:128]
        try:
            names = sorted(record.name for record in await gateway.agents())
        except GatewayError:
            return Completion(values=[], total=0, has_more=False)
        matches = [name for name in names if name.startswith(typed)]
        return Completion(values=matches[:MAX_COMPLETIONS], total=len(matches), has_more=len(matches) > MAX_COMPLETIONS)

    return mcp


def _said(text: object, limit: int = 500) -> str:
    """A card's free text as one short line: cards come from anyone who may register."""
    line = " ".join(str(text or "").split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _watchable(uri: str) -> str:
    """``uri`` when it may be watched: any URI of sane length (only agent cards ever change, but a client may
    watch a card before its agent registers, or a URI this gateway will never serve, harmlessly)."""
    if not uri or len(uri) > MAX_URI_CHARS:
        raise MCPError(code=INVALID_PARAMS, message=f"a resource URI is 1 to {MAX_URI_CHARS} characters")
    return uri


def _check_size(text: str, field: str) -> None:
    if len(text) > MAX_MESSAGE_CHARS:
        raise AgentFailed(f"the {field} is too long: {len(text):,} characters, the limit is {MAX_MESSAGE_CHARS:,}")
