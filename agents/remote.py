"""RemoteAgent: any A2A agent as a ``patterns.Worker`` — ours, or anyone's that speaks A2A 1.0 or 0.3.

The card gives the worker its name, description and skills. ``send`` turns a ``Request`` into one A2A message
(text, a data part for ``request.data``, and the hop counter and W3C ``traceparent`` in the message metadata)
and the final task into a ``Result``: text parts, data parts, the status (``input-required`` is surfaced as
such, never swallowed), and the token usage the agent reported in its artifact metadata.

Metadata on the wire is camelCase (``agents.wire_metadata``): the hop counter, ``traceparent``, ``parentRunId``
and ``budget``, what the orchestration's budget has left for this call (``maxTokens``, ``maxCostUsd`` and
``deadline``, seconds: never more than this agent's own timeout), so the agent holds to it before each of its
model calls. Usage is read from the answer artifact's metadata, or from the final status message's when the
task ended without an answer (a failed run reports what it spent too), in either spelling.

Failures are sorted the way ``patterns.Guarded`` needs them: a connection refused, a reset, an HTTP error or a
client timeout is a ``TransportError`` (retried, counted by the breaker); an agent that answered with a failed
task, or a JSON-RPC error, is a failed ``Result`` (the agent is reachable, so it is not retried).

Hops: patterns count a hop in ``Run.call`` before they call a worker, so a ``RemoteAgent`` used under a
pattern (``count_hop=False``, as the orchestrator builds them) sends the counter as given. Used directly, it
counts the hop itself. Either way a request that has used up ``max_depth`` hops is refused here, before it
leaves the process. Given a ``TraceGate`` (the orchestrator passes its own), a call is also refused at once when
its trace already has the most concurrent calls allowed: a loop through an agent that drops ``hops`` is cut
there too.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

import httpx
from a2a.client.card_resolver import A2ACardResolver, parse_agent_card
from a2a.client.errors import A2AClientError
from a2a.types import AgentCard, StreamResponse, Task
from a2a.utils.errors import A2AError
from google.protobuf import json_format

from agents import telemetry
from agents.a2a_client import A2AConnection, state_name, task_data, task_text
from agents.credentials import OriginCredentials
from agents.json_values import json_object
from agents.tls import client_tls
from agents.trace_gate import TraceGate, TraceLimitExceeded
from agents.wire_metadata import to_wire, usage_from_wire
from patterns import (
    MAX_DEPTH,
    BaseWorker,
    Event,
    MaxDepthExceeded,
    Progress,
    Request,
    Result,
    Skill,
    TraceParent,
    TransportError,
    Usage,
    check_depth,
    hops,
    next_hop,
)
from patterns.budget import active_tracker
from patterns.worker import describe_error

# Sent to the agent: the hop counter and trace context. Orchestrator choices stay with the orchestrator.
FORWARDED_METADATA = ("hops", "traceparent", "parent_run_id")
_TRANSPORT_ERRORS = (A2AClientError, httpx.HTTPError, OSError)


class RemoteAgent(BaseWorker):
    """One A2A agent reached over the network.

    Build it from a card you already have (``RemoteAgent(url, card=...)``: a registry record's card, say) or
    let ``await RemoteAgent.connect(url)`` fetch the card. ``timeout`` bounds each call; pass ``http`` to
    share one connection pool across many agents (it is then not closed here). ``token`` is sent to this agent
    as is; pass ``OriginCredentials`` to send only what is configured for the agent's origin (the orchestrator
    does, so the mesh token never reaches an agent a stranger registered).
    """

    def __init__(
        self,
        url: str,
        *,
        card: AgentCard | Mapping[str, Any],
        name: str | None = None,
        token: str | OriginCredentials | None = None,
        timeout: float = 60.0,
        http: httpx.AsyncClient | None = None,
        max_depth: int = MAX_DEPTH,
        count_hop: bool = True,
        gate: TraceGate | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.card = card if isinstance(card, AgentCard) else parse_agent_card(dict(card))
        card_json = json_format.MessageToDict(self.card)
        self.name = name or self.card.name
        self.description = self.card.description
        skills: list[Any] = card_json.get("skills") or []
        self.skills: Sequence[Skill] = tuple(Skill.from_card(s) for s in skills)
        self.token = token
        self.timeout = timeout
        self.max_depth = max_depth
        self.count_hop = count_hop
        self.gate = gate
        self._own_http = http is None
        self._http = http or httpx.AsyncClient(
            timeout=httpx.Timeout(timeout, connect=min(10.0, timeout)),
            event_hooks=telemetry.httpx_hooks(),
            verify=client_tls(),
        )
        self._connections: dict[bool, A2AConnection] = {}

    @classmethod
    async def connect(
        cls,
        url: str,
        *,
        token: str | OriginCredentials | None = None,
        http: httpx.AsyncClient | None = None,
        **options: Any,
    ) -> RemoteAgent:
        """A ``RemoteAgent`` for the agent at ``url``, its card fetched (and a 0.3 card upgraded) first."""
        client = http or httpx.AsyncClient(
            timeout=options.get("timeout", 60.0), event_hooks=telemetry.httpx_hooks(), verify=client_tls()
        )
        given = token.token_for(url) if isinstance(token, OriginCredentials) else token
        headers = {"Authorization": f"Bearer {given}"} if given else {}
        try:
            card = await A2ACardResolver(client, url.rstrip("/")).get_agent_card(http_kwargs={"headers": headers})
        except _TRANSPORT_ERRORS as exc:
            if http is None:
                await client.aclose()
            raise TransportError(f"cannot read the card at {url}: {describe_error(exc)}") from exc
        agent = cls(url, card=card, token=token, http=client, **options)
        agent._own_http = http is None
        return agent

    async def aclose(self) -> None:
        for connection in self._connections.values():
            await connection.aclose()
        self._connections.clear()
        if self._own_http:
            await self._http.aclose()

    async def __aenter__(self) -> RemoteAgent:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def send(self, request: Request) -> Result:
        return await self._call(request, None)

    async def stream(self, request: Request) -> AsyncIterator[Event]:
        """The agent's status messages as ``Progress`` while it works, then the ``Result``."""
        queue: asyncio.Queue[Event | None] = asyncio.Queue()

        async def on_update(event: StreamResponse) -> None:
            if event.HasField("status_update") and event.status_update.status.HasField("message"):
                text = " ".join(p.text for p in event.status_update.status.message.parts if p.text)
                if text:
                    queue.put_nowait(Progress(text, self.name))

        async def call() -> None:
            try:
                queue.put_nowait(await self._call(request, on_update))
            finally:
                queue.put_nowait(None)

        task = asyncio.create_task(call())
        try:
            while (event := await queue.get()) is not None:
                yield event
            task.result()  # re-raise a transport error here, where the caller awaits
        finally:
            if not task.done():
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)

    def outgoing_metadata(self, request: Request) -> dict[str, Any]:
        """The A2A message metadata for ``request``: the hop counter and a ``traceparent``.

        Raises ``MaxDepthExceeded`` when the call would go past ``max_depth``.
        """
        if self.count_hop:
            request = next_hop(request, self.max_depth)
        else:
            check_depth(request, self.max_depth, forwarding=True)
        metadata = {k: request.metadata[k] for k in FORWARDED_METADATA if k in request.metadata}
        metadata["hops"] = hops(request)
        if TraceParent.parse(metadata.get("traceparent")) is None:
            metadata["traceparent"] = str(TraceParent.new())
        metadata["budget"] = self._budget_left()
        return to_wire(metadata)

    def _budget_left(self) -> dict[str, Any]:
        """What this call may spend: the orchestration's budget left, and never longer than ``timeout``."""
        tracker = active_tracker()
        left: dict[str, Any] = {"deadline": self.timeout}
        if tracker is not None:
            seconds = tracker.remaining_time()
            if seconds is not None:
                left["deadline"] = max(0.001, min(self.timeout, seconds))
            tokens = tracker.remaining_tokens()
            if tokens is not None:
                left["max_tokens"] = tokens
            cost = tracker.remaining_cost()
            if cost is not None:
                left["max_cost_usd"] = cost
        return left

    async def _call(self, request: Request, on_update: Any) -> Result:
        try:
            metadata = self.outgoing_metadata(request)
        except MaxDepthExceeded as exc:
            return Result.failure(str(exc), worker=self.name)
        if self.gate is None:
            return await self._exchange(request, metadata, on_update)
        trace = TraceParent.parse(metadata["traceparent"])
        assert trace is not None  # outgoing_metadata always sets a valid one
        try:
            with self.gate.call(trace.trace_id, self.name):
                return await self._exchange(request, metadata, on_update)
        except TraceLimitExceeded as exc:
            return Result.failure(str(exc), worker=self.name)

    async def _exchange(self, request: Request, metadata: dict[str, Any], on_update: Any) -> Result:
        connection = self._connection(streaming=on_update is not None)
        try:
            async with asyncio.timeout(self.timeout):
                task = await connection.send(request.text, data=request.data, metadata=metadata, on_update=on_update)
        except TimeoutError as exc:
            raise TransportError(f"{self.name} did not answer within {self.timeout:g}s") from exc
        except _TRANSPORT_ERRORS as exc:
            raise TransportError(f"{self.name} at {self.url} is unreachable: {_first_line(exc)}") from exc
        except A2AError as exc:  # the agent answered with a protocol error: reachable, so not a transport failure
            return Result.failure(f"{self.name} refused the call: {_first_line(exc)}", worker=self.name)
        return task_result(task, self.name)

    def _connection(self, *, streaming: bool) -> A2AConnection:
        streaming = streaming and self.card.capabilities.streaming
        connection = self._connections.get(streaming)
        if connection is None:
            connection = A2AConnection(
                self.url, token=self.token, timeout_s=self.timeout, streaming=streaming, http=self._http, card=self.card
            )
            self._connections[streaming] = connection
        return connection


def task_result(task: Task, worker: str) -> Result:
    """An A2A task as a ``Result``. A completed task whose run record says ``partial`` stays partial."""
    text = task_text(task)
    data = [found if (found := json_object(item)) is not None else {"value": item} for item in task_data(task)]
    usage = Usage(calls=1)
    reports = [_usage_of(a) for a in task.artifacts]
    reports = [r for r in reports if r is not None]
    if not reports and task.status.HasField("message"):  # ended without an answer: the status says what it spent
        reports = [r for r in [_usage_of(task.status.message)] if r is not None]
    for reported in reports:
        usage = usage + usage_from_wire(reported)
    state = state_name(task)
    if state == "completed":
        records = [d for d in data if "run_id" in d and "steps" in d]
        status = "partial" if any(r.get("status") == "partial" for r in records) else "completed"
        error = next((r.get("error") for r in records if r.get("error")), None) if status == "partial" else None
        return Result(text, data, status, error=error, usage=usage, worker=worker)
    if state in ("input-required", "auth-required"):
        return Result(text, data, "input-required", usage=usage, worker=worker)
    if state == "rejected":  # an honest decline, not a fault: keep the agent's own words
        return Result(text, data, "rejected", error=text or f"{worker} declined", usage=usage, worker=worker)
    return Result.failure(f"{worker} ended {state}: {text or 'no reason given'}", worker=worker, data=data, usage=usage)


def _usage_of(item: Any) -> Mapping[str, Any] | None:
    reported = json_format.MessageToDict(item.metadata).get("usage") if item.HasField("metadata") else None
    return json_object(reported)


def _first_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0][:300]
