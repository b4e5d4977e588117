"""The gateway's tools and resource over the registry and A2A.

Every A2A status event of a running call becomes an MCP progress notification. MCP hosts drop a tool call after
about a minute (Claude Desktop: ~60 s), so a call that outlives ``call_timeout_s`` returns early with its id and
the progress so far, while the A2A call goes on in the background; ``get_run`` returns the rest later, from the
call itself, from the orchestrator's run store under the data dir, or by asking the agents for the task.

Over HTTP each MCP caller sees only its own runs: ``get_run`` answers a caller about a call it started through the
gateway, or a stored run recorded under its name; anything else is "not found", as if it did not exist. Over stdio
there is one caller, the local user, who sees everything.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections import OrderedDict
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import httpx
from a2a.client.errors import A2AClientError
from a2a.types import StreamResponse, Task
from mcp.server import MCPServer
from mcp.server.mcpserver import Context
from mcp.server.mcpserver.exceptions import ResourceError, ToolError
from pydantic import Field, ValidationError

from agents.a2a_client import A2AConnection, state_name, task_data, task_text
from agents.credentials import OriginCredentials
from agents.registry import AgentRecord, Registry, RegistryError, RegistryUnavailable, UnknownAgent
from servers.credentials import Caller
from servers.gateway.errors import (
    AgentDown,
    AgentFailed,
    BudgetExceeded,
    RegistryUnreachable,
    RunNotFound,
    UnknownAgentName,
)

DEFAULT_CALL_TIMEOUT_S = 50.0
ORCHESTRATOR = "orchestrator"
KEPT_CALLS = 200
PATTERNS = ("router", "supervisor", "fanout", "pipeline", "evaluator")


@dataclass(slots=True)
class Call:
    """One A2A call the gateway started; ``ctx`` is set while an MCP tool call is waiting on it."""

    id: str
    agent: str
    ctx: Context | None = None
    task_id: str | None = None
    updates: list[str] = field(default_factory=list)
    future: asyncio.Task[Task] | None = None
    owner: str | None = None  # the MCP caller that started it (None over stdio)

    async def on_update(self, event: StreamResponse) -> None:
        kind = event.WhichOneof("payload")
        if kind == "task":
            self.task_id = self.task_id or event.task.id
        elif kind == "status_update":
            self.task_id = self.task_id or event.status_update.task_id
            message = event.status_update.status.message
            text = " ".join(p.text for p in message.parts if p.text)
            if text:
                self.updates.append(text)
                if self.ctx is not None:
                    with contextlib.suppress(Exception):  # a client gone away must not fail the call
                        await self.ctx.report_progress(len(self.updates), None, f"{self.agent}: {text}")


class Gateway:
    """The state behind the tools: the registry client, the calls in flight, where run records live."""

    def __init__(
        self,
        registry_url: str,
        *,
        token: str | None = None,
        data_dir: Path | None = None,
        call_timeout_s: float = DEFAULT_CALL_TIMEOUT_S,
        agent_timeout_s: float = 600.0,
    ) -> None:
        self.registry_url = registry_url.rstrip("/")
        self.token = token
        # The mesh token goes only to the mesh's own agents; one registered by a stranger gets no credential.
        self.credentials = OriginCredentials(mesh_token=token, data_dir=data_dir)
        self.data_dir = data_dir
        self.call_timeout_s = call_timeout_s
        self.agent_timeout_s = agent_timeout_s
        self._calls: OrderedDict[str, Call] = OrderedDict()
        self._owners: OrderedDict[str, str | None] = OrderedDict()  # run and task ids -> the caller that started them
        self._cards: dict[str, Any] = {}  # agent URL -> its parsed card, so a call costs one exchange, not two
        # One registry client (its short cache answers repeated lookups) and one connection pool for every A2A
        # call: opening them per call cost more than the call itself.
        self._shared_registry: Registry | None = None
        self._http: httpx.AsyncClient | None = None

    @contextlib.asynccontextmanager
    async def _registry(self) -> AsyncIterator[Registry]:
        if self._shared_registry is None:
            self._shared_registry = Registry(self.registry_url, self.token)
        yield self._shared_registry

    def _pool(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient(timeout=httpx.Timeout(self.agent_timeout_s, connect=10.0))
        return self._http

    async def aclose(self) -> None:
        if self._shared_registry is not None:
            await self._shared_registry.aclose()
        if self._http is not None:
            await self._http.aclose()

    async def list_agents(self, query: str | None, skill: str | None, tag: str | None) -> list[dict[str, Any]]:
        async with self._registry() as registry:
            try:
                records = await registry.search(query=query or None, skill=skill or None, tag=tag or None)
            except RegistryError as exc:
                raise RegistryUnreachable(f"cannot search the registry at {self.registry_url}: {exc}") from None
        return [_summary(record) for record in records]

    async def card(self, name: str) -> dict[str, Any]:
        return (await self._record(name)).card

    async def call(
        self, agent: str, text: str, ctx: Context | None, metadata: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """Send ``text`` to ``agent``; the result, or the call's id and progress when it outlives the timeout."""
        record = await self._record(agent)
        if record.status != "up":
            raise AgentDown(f"agent {record.name!r} is down (last seen {record.last_seen}); try again shortly")
        url = record.url or (record.card_url or "").removesuffix("/.well-known/agent-card.json")
        call = Call(id=uuid.uuid4().hex, agent=record.name, ctx=ctx, owner=caller_name(ctx))

        async def run() -> Task:
            connection = A2AConnection(
                url,
                token=self.credentials,
                timeout_s=self.agent_timeout_s,
                card=self._cards.get(url),
                http=self._pool(),
            )
            async with connection:
                self._cards[url] = connection.card
                return await connection.send(text, metadata=metadata, on_update=call.on_update)

        call.future = asyncio.get_running_loop().create_task(run(), name=f"gateway call {record.name}")
        self._keep(call)
        try:
            task = await asyncio.wait_for(asyncio.shield(call.future), self.call_timeout_s)
        except TimeoutError:
            call.ctx = None
            return self._pending(call)
        except (A2AClientError, httpx.HTTPError, OSError) as exc:
            self._cards.pop(url, None)
            raise AgentDown(f"agent {record.name!r} at {url} is not answering: {_reason(exc)}") from None
        finally:
            call.ctx = None
        return self._owned(call, _result(call, task))

    async def get_run(self, run_id: str, owner: str | None = None) -> dict[str, Any]:
        """The call, stored run or task ``run_id``, when ``owner`` (``None``: anyone) may see it; else not found."""
        call = self._calls.get(run_id)
        if call is not None and call.future is not None and (owner is None or call.owner == owner):
            if not call.future.done():
                return self._pending(call)
            try:
                return self._owned(call, _result(call, call.future.result()))
            except (A2AClientError, httpx.HTTPError, OSError) as exc:
                raise AgentDown(f"agent {call.agent!r} stopped answering: {_reason(exc)}") from None
        started_here = owner is None or (run_id in self._owners and self._owners[run_id] == owner)
        stored = await self._stored_run(run_id)
        if stored is not None and (started_here or stored.get("owner") == owner):
            return {"run_id": run_id, "state": stored.get("status", "unknown"), "run": stored}
        if not started_here:
            raise RunNotFound(f"no run or task with id {run_id!r}")
        return await self._task_from_agents(run_id)

    def _owned(self, call: Call, result: dict[str, Any]) -> dict[str, Any]:
        """Remember who started the run and task in ``result``: only that caller may fetch them again."""
        for key in ("run_id", "task_id"):
            if result.get(key):
                self._remember(str(result[key]), call.owner)
        return result

    def _remember(self, run_id: str, owner: str | None) -> None:
        self._owners[run_id] = owner
        while len(self._owners) > KEPT_CALLS * 2:
            self._owners.popitem(last=False)

    async def _record(self, name: str) -> AgentRecord:
        async with self._registry() as registry:
            try:
                return await registry.get(name)
            except UnknownAgent:
                known = ", ".join(r.name for r in await registry.search()) or "none"
                raise UnknownAgentName(f"no agent named {name!r} is registered; agents: {known}") from None
            except RegistryUnavailable as exc:
                raise RegistryUnreachable(f"the registry at {self.registry_url} is not answering: {exc}") from None
            except RegistryError as exc:
                raise UnknownAgentName(f"cannot look up agent {name!r}: {exc}") from None

    def _keep(self, call: Call) -> None:
        self._calls[call.id] = call
        while len(self._calls) > KEPT_CALLS:
            self._calls.popitem(last=False)

    def _pending(self, call: Call) -> dict[str, Any]:
        if call.task_id:
            self._calls[call.task_id] = call
            self._remember(call.task_id, call.owner)
        self._remember(call.id, call.owner)
        run_id = call.task_id or call.id
        return {
            "agent": call.agent,
            "run_id": run_id,
            "task_id": call.task_id,
            "state": "working",
            "progress": call.updates[-10:],
            "note": f"still running; call get_run with run_id {run_id!r} for the result",
        }

    async def _stored_run(self, run_id: str) -> dict[str, Any] | None:
        """The orchestrator's record of ``run_id``, when this build's orchestrator keeps a run store."""
        if self.data_dir is None:
            return None
        try:
            from agents.orchestrator import open_runs
        except ImportError:
            return None
        try:
            async with open_runs(self.data_dir) as store:
                record = await store.get(run_id)
        except Exception:  # a store that cannot open must not hide the A2A fallback
            return None
        return None if record is None else record.to_dict()

    async def _task_from_agents(self, task_id: str) -> dict[str, Any]:
        async with self._registry() as registry:
            try:
                records = await registry.search(status="up")
            except RegistryError as exc:
                raise RegistryUnreachable(f"the registry at {self.registry_url} is not answering: {exc}") from None
        records.sort(key=lambda r: r.name != ORCHESTRATOR)
        for record in records:
            if not record.url:
                continue
            with contextlib.suppress(Exception):  # not this agent's task, or the agent is not answering
                connection = A2AConnection(record.url, token=self.credentials, timeout_s=10.0, http=self._pool())
                async with connection:
                    task = await connection.get_task(task_id)
                return _result(Call(id=task_id, agent=record.name, task_id=task.id), task)
        raise RunNotFound(f"no run or task with id {task_id!r}")


def _result(call: Call, task: Task) -> dict[str, Any]:
    state = state_name(task)
    text = task_text(task)
    if state in ("failed", "rejected", "canceled"):
        kind = BudgetExceeded if "budget" in text.lower() else AgentFailed
        raise kind(f"{call.agent} {state}: {text or 'no reason given'}")
    result: dict[str, Any] = {"agent": call.agent, "task_id": task.id, "state": state, "text": text}
    data = task_data(task)
    run = next((d for d in data if isinstance(d, dict) and "run_id" in d), None)
    if run is not None:
        result["run_id"] = run["run_id"]
        result["run"] = run
    elif data:
        result["data"] = data
    return result


def caller_name(ctx: Context | None) -> str | None:
    """The authenticated MCP caller of an HTTP request (``servers.credentials.Caller``); ``None`` over stdio."""
    try:
        request = ctx.request_context.request if ctx is not None else None
    except ValueError:  # outside a request
        return None
    user = getattr(request, "scope", {}).get("user") if request is not None else None
    return user.name if isinstance(user, Caller) else None


def _summary(record: AgentRecord) -> dict[str, Any]:
    return {
        "name": record.name,
        "status": record.status,
        "url": record.url,
        "description": record.card.get("description", ""),
        "skills": [{"id": s.get("id"), "name": s.get("name"), "tags": s.get("tags", [])} for s in record.skills],
    }


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:300]


class _PlainArguments(MCPServer):
    """Arguments that do not fit a tool's schema are named in one line, without pydantic's text and links."""

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as exc:
            if not isinstance(exc.__cause__, ValidationError):
                raise
            fields = sorted({".".join(str(p) for p in error["loc"]) or "arguments" for error in exc.__cause__.errors()})
            raise ToolError(
                f"invalid arguments for {name}: check {', '.join(fields)} against the tool's schema"
            ) from None


def create_gateway(
    registry_url: str,
    *,
    token: str | None = None,
    data_dir: Path | None = None,
    call_timeout_s: float = DEFAULT_CALL_TIMEOUT_S,
) -> MCPServer:
    """The gateway as an ``MCPServer`` over the registry at ``registry_url``."""
    gateway = Gateway(registry_url, token=token, data_dir=data_dir, call_timeout_s=call_timeout_s)
    mcp = _PlainArguments(
        "accord",
        instructions=(
            "accord's agent mesh. Find agents with list_agents, ask one with ask_agent, or hand a whole task to the "
            "orchestrator with orchestrate. A long call returns a run_id early: fetch the result with get_run."
        ),
    )

    @mcp.tool()
    async def list_agents(
        query: Annotated[str | None, Field(description="free text, ranked by relevance")] = None,
        skill: Annotated[str | None, Field(description="a skill id or name")] = None,
        tag: Annotated[str | None, Field(description="a skill tag")] = None,
    ) -> list[dict[str, Any]]:
        """The agents in the registry, with their status, URL and skills."""
        return await gateway.list_agents(query, skill, tag)

    @mcp.tool()
    async def ask_agent(
        agent: Annotated[str, Field(description="the agent's registry name, e.g. 'calculator'")],
        message: Annotated[str, Field(description="what to ask")],
        ctx: Context,
    ) -> dict[str, Any]:
        """Send a message to one agent over A2A and return its answer (text and structured data)."""
        if not message.strip():
            raise AgentFailed("the message is empty: say what to ask the agent")
        return await gateway.call(agent, message, ctx)

    @mcp.tool()
    async def orchestrate(
        task: Annotated[str, Field(description="the task, in plain words")],
        ctx: Context,
        pattern: Annotated[str | None, Field(description=f"one of {', '.join(PATTERNS)}; default: decided")] = None,
        agents: Annotated[list[str] | None, Field(description="registry names of the workers to use")] = None,
    ) -> dict[str, Any]:
        """Run a task through the orchestrator agent; returns its answer and the run record (steps, usage)."""
        if not task.strip():
            raise AgentFailed("the task is empty: say what to orchestrate")
        if pattern is not None and pattern not in PATTERNS:
            raise AgentFailed(f"unknown pattern {pattern!r}; patterns: {', '.join(PATTERNS)}")
        metadata: dict[str, Any] = {}
        if pattern:
            metadata["pattern"] = pattern
        if agents:
            metadata["agents"] = list(agents)
        return await gateway.call(ORCHESTRATOR, task, ctx, metadata or None)

    @mcp.tool()
    async def get_run(
        run_id: Annotated[str, Field(description="a run id or task id from an earlier call")],
        ctx: Context,
    ) -> dict[str, Any]:
        """The state or result of an orchestration run or agent task, e.g. one that outlived its tool call."""
        return await gateway.get_run(run_id, caller_name(ctx))

    @mcp.resource("accord://agents/{name}", name="agent-card", mime_type="application/json")
    async def agent_card(name: str) -> str:
        """An agent's A2A card."""
        try:
            return json.dumps(await gateway.card(name), indent=2)
        except UnknownAgentName as exc:
            raise ResourceError(str(exc)) from None

    mcp.gateway = gateway  # type: ignore[attr-defined]  # for embedders and tests
    return mcp
