"""The gateway's core: agent calls over A2A and the runs they leave, for the MCP tools in ``server.py``.

Every A2A status event of a running call becomes an MCP progress notification. MCP hosts drop a tool call after
about a minute (Claude Desktop: ~60 s), so a call that outlives ``call_timeout_s`` returns early with its id and
the progress so far, while the A2A call goes on in the background; ``get_run`` returns the rest later, from the
call itself, from the orchestrator's runs API (so any gateway process answers for any run), or by asking the
agents for the task.

An agent that asks for input (``input-required``) is asked back: through MCP elicitation when the client
offers it (the answer continues the same A2A task, for a few rounds at most; a 2026-07-28 client is asked by
``questions.py`` instead), otherwise ``ask_agent`` returns the question with the task's ``task_id`` and
``context_id``, and a later ``ask_agent`` call carrying them answers it.

Over HTTP each MCP caller sees only its own runs: ``get_run`` answers a caller about a call it started through the
gateway, or a stored run recorded under its name; anything else is "not found", as if it did not exist. Over stdio
there is one caller, the local user, who sees everything.
"""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections import OrderedDict
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import httpx
from a2a.client.errors import A2AClientError
from a2a.types import StreamResponse, Task
from mcp.server.mcpserver import AcceptedElicitation, Context
from mcp_types.version import MODERN_PROTOCOL_VERSIONS
from pydantic import BaseModel, Field

from agents import telemetry
from agents.a2a_client import A2AConnection, state_name, task_data, task_text
from agents.credentials import OriginCredentials
from agents.registry import AgentRecord, Registry, RegistryError, RegistryUnavailable, UnknownAgent
from agents.runs_client import RunsClient, RunsUnavailable
from agents.tls import client_tls
from servers.credentials import Caller
from servers.gateway.errors import (
    AgentDown,
    AgentFailed,
    BudgetExceeded,
    GatewayError,
    RegistryUnreachable,
    RunNotFound,
    UnknownAgentName,
)
from servers.tools.protocol import log

DEFAULT_CALL_TIMEOUT_S = 50.0
ORCHESTRATOR = "orchestrator"
KEPT_CALLS = 200
MAX_QUESTIONS = 5
"""Most questions one tool call puts to its MCP client before it hands the task id back instead."""
MAX_MESSAGE_CHARS = 200_000


class Answer(BaseModel):
    """What the MCP client's user answers an agent's question with."""

    answer: str = Field(description="Your answer to the agent's question")


@dataclass(slots=True)
class Call:
    """One A2A call the gateway started; ``ctx`` is set while an MCP tool call is waiting on it."""

    id: str
    agent: str
    ctx: Context | None = None
    task_id: str | None = None
    updates: list[str] = field(default_factory=list[str])
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
                    await log(self.ctx, "info", f"{self.agent}: {text}", logger="accord.gateway")


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
        # The card list is read afresh each time (revalidated, cheap): the agent watch polls it, and must neither
        # miss a change nor leave a stale list in the shared client's cache for the tools to answer from.
        self._fresh_registry: Registry | None = None

    @contextlib.asynccontextmanager
    async def _registry(self) -> AsyncGenerator[Registry, None]:
        if self._shared_registry is None:
            self._shared_registry = Registry(self.registry_url, self.token)
        yield self._shared_registry

    def _pool(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient(
                timeout=httpx.Timeout(self.agent_timeout_s, connect=10.0),
                event_hooks=telemetry.httpx_hooks(),
                verify=client_tls(),
            )
        return self._http

    async def aclose(self) -> None:
        """Close the registry client and the connection pool (both reopen on the next call)."""
        registries, http = (self._shared_registry, self._fresh_registry), self._http
        self._shared_registry = self._fresh_registry = self._http = None
        for registry in registries:
            if registry is not None:
                await registry.aclose()
        if http is not None:
            await http.aclose()

    async def list_agents(self, query: str | None, skill: str | None, tag: str | None) -> list[dict[str, Any]]:
        async with self._registry() as registry:
            try:
                records = await registry.search(query=query or None, skill=skill or None, tag=tag or None)
            except RegistryError as exc:
                raise RegistryUnreachable(f"cannot search the registry at {self.registry_url}: {exc}") from None
        return [_summary(record) for record in records]

    async def agents(self) -> list[AgentRecord]:
        """Every registered agent, up or down, as the registry has them now."""
        if self._fresh_registry is None:
            self._fresh_registry = Registry(self.registry_url, self.token, cache_ttl=0.0)
        try:
            return await self._fresh_registry.search()
        except RegistryError as exc:
            raise RegistryUnreachable(f"cannot list the agents at {self.registry_url}: {exc}") from None

    async def card(self, name: str) -> dict[str, Any]:
        return (await self._record(name)).card

    async def call(
        self,
        agent: str,
        text: str,
        ctx: Context | None,
        metadata: dict[str, Any] | None = None,
        *,
        task_id: str | None = None,
        context_id: str | None = None,
    ) -> dict[str, Any]:
        """Send ``text`` to ``agent``; the result, or the call's id and progress when it outlives the timeout.

        With ``task_id`` (and ``context_id``) the message answers that task's question. A question the agent asks
        is put to the MCP client of ``ctx`` when it can be asked (elicitation), and the answer continues the task.
        """
        owner = caller_name(ctx)
        if task_id is not None and owner is not None and self._owners.get(task_id) != owner:
            raise RunNotFound(f"no task {task_id!r} of yours is waiting for an answer")
        record = await self._record(agent)
        if record.status != "up":
            raise AgentDown(f"agent {record.name!r} is down (last seen {record.last_seen}); try again shortly")
        url = record.base_url or ""
        call = Call(id=uuid.uuid4().hex, agent=record.name, ctx=ctx, owner=owner)
        self._keep(call)
        if (parent := telemetry.traceparent()) is not None:  # the agent's spans join the MCP call's trace
            metadata = {**(metadata or {}), "traceparent": parent}
        try:
            for asked in range(MAX_QUESTIONS + 1):
                task = await self._exchange(call, url, text, metadata, task_id, context_id)
                if task is None:
                    return self._pending(call)
                result = self._owned(call, _result(call, task))
                if result["state"] != "input-required":
                    return result
                answer = await _ask(ctx, call.agent, result["question"]) if asked < MAX_QUESTIONS else None
                if answer is None:
                    result["note"] = (
                        f"{call.agent} needs an answer: call ask_agent with agent {call.agent!r}, your answer as "
                        f"the message, task_id {task.id!r} and context_id {task.context_id!r}"
                    )
                    return result
                await log(ctx, "info", f"{call.agent}: answered its question", logger="accord.gateway")
                text, metadata, task_id, context_id = answer, None, task.id, task.context_id or None
            raise AssertionError("unreachable: the last round returns")  # pragma: no cover
        finally:
            call.ctx = None

    async def _exchange(
        self,
        call: Call,
        url: str,
        text: str,
        metadata: dict[str, Any] | None,
        task_id: str | None,
        context_id: str | None,
    ) -> Task | None:
        """One message to the agent and the task it leaves; ``None`` when that outlives ``call_timeout_s``."""

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
                return await connection.send(
                    text, metadata=metadata, task_id=task_id, context_id=context_id, on_update=call.on_update
                )

        call.future = asyncio.get_running_loop().create_task(run(), name=f"gateway call {call.agent}")
        try:
            return await asyncio.wait_for(asyncio.shield(call.future), self.call_timeout_s)
        except TimeoutError:
            return None
        except (A2AClientError, httpx.HTTPError, OSError) as exc:
            self._cards.pop(url, None)
            raise AgentDown(f"agent {call.agent!r} at {url} is not answering: {_reason(exc)}") from None

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
        """The orchestrator's record of ``run_id``, through its runs API, so any gateway process (not only the one
        that started the run) can answer for it; ``None`` when there is none or the orchestrator cannot say."""
        try:
            orchestrator = await self._record(ORCHESTRATOR)
        except GatewayError:
            return None
        if not orchestrator.base_url:
            return None
        try:
            runs = RunsClient(
                orchestrator.base_url, credential=self.credentials.token_for(orchestrator.base_url), http=self._pool()
            )
            return await runs.get(run_id)
        except (RunsUnavailable, ValueError):  # not reachable, or a URL it cannot use: the A2A fallback remains
            return None

    async def _task_from_agents(self, task_id: str) -> dict[str, Any]:
        async with self._registry() as registry:
            try:
                records = await registry.search(status="up")
            except RegistryError as exc:
                raise RegistryUnreachable(f"the registry at {self.registry_url} is not answering: {exc}") from None
        records.sort(key=lambda r: r.name != ORCHESTRATOR)
        for record in records:
            if not record.base_url:
                continue
            with contextlib.suppress(Exception):  # not this agent's task, or the agent is not answering
                connection = A2AConnection(record.base_url, token=self.credentials, timeout_s=10.0, http=self._pool())
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
    if task.context_id:
        result["context_id"] = task.context_id
    if state in ("input-required", "auth-required"):
        result["state"] = "input-required"
        asked = [p.text for p in task.status.message.parts if p.text] if task.status.HasField("message") else []
        result["question"] = " ".join(asked) or text or "The agent needs more input."
    data = task_data(task)
    objects = [cast("dict[str, Any]", d) for d in data if isinstance(d, dict)]  # an agent's data: wire JSON
    run = next((d for d in objects if "run_id" in d), None)
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
        "url": record.base_url,
        "description": record.card.get("description", ""),
        "skills": [{"id": s.get("id"), "name": s.get("name"), "tags": s.get("tags", [])} for s in record.skills],
    }


def _reason(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:300]


async def _ask(ctx: Context | None, agent: str, question: str) -> str | None:
    """Put ``agent``'s question to the MCP client's user; the answer, or ``None`` when it cannot be asked or
    was not answered (no elicitation support, a 2026-07-28 connection without a back-channel, declined)."""
    if ctx is None:
        return None
    try:
        request = ctx.request_context
        capabilities = request.session.client_capabilities
        if request.protocol_version in MODERN_PROTOCOL_VERSIONS or capabilities is None:
            return None
        if capabilities.elicitation is None:
            return None
        reply = await ctx.elicit(f"{agent} asks: {question}", Answer)
    except Exception:  # noqa: BLE001 - a client that cannot answer leaves the question to the tool's result
        return None
    if isinstance(reply, AcceptedElicitation) and reply.data.answer.strip():
        return reply.data.answer.strip()[:MAX_MESSAGE_CHARS]
    return None
