"""A2AConnection: one A2A agent reached through the official a2a-sdk client, any framework on the other end.

It resolves the agent's card (1.0, or 0.3 upgraded by the SDK), picks the transport the card offers, sends a
message (its ``traceparent`` metadata also as the W3C ``traceparent`` HTTP header, which tracing middleware
passes on even where an agent drops accord's metadata), and folds the event stream into the final ``Task`` —
the same object whether the agent streamed or answered in one response. A reply that is not terminal yet
(submitted, working) is followed to its end by subscribing when both this connection and the agent stream, and
by polling ``GetTask`` otherwise (the SDK's non-streaming client cannot subscribe), or when the agent refuses the
subscription.

Any agent may be on the other end, so whatever it answers that is not A2A (a card the SDK cannot read, an answer
that fails to parse, an event stream with no task) is a ``ForeignAgentError`` whose message is one line, never
the parser's traceback.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, cast

import anyio
import httpx
from a2a.client import A2ACardResolver, ClientCallContext, ClientConfig, ClientFactory
from a2a.client import Client as SDKClient
from a2a.client.errors import A2AClientError
from a2a.client.transports.base import ClientTransport
from a2a.client.transports.jsonrpc import JsonRpcTransport
from a2a.compat.v0_3.jsonrpc_transport import CompatJsonRpcTransport
from a2a.compat.v0_3.versions import is_legacy_version
from a2a.helpers import get_data_parts
from a2a.types import (
    AgentCard,
    GetTaskRequest,
    Message,
    Part,
    Role,
    SendMessageConfiguration,
    SendMessageRequest,
    StreamResponse,
    SubscribeToTaskRequest,
    Task,
    TaskState,
    UnsupportedOperationError,
)
from google.protobuf import json_format, struct_pb2

from agents import telemetry
from agents.credentials import OriginCredentials
from agents.json_values import json_object, json_objects
from agents.tls import client_tls

UpdateSink = Callable[[StreamResponse], Awaitable[None]]

TERMINAL = frozenset(
    {
        TaskState.TASK_STATE_COMPLETED,
        TaskState.TASK_STATE_FAILED,
        TaskState.TASK_STATE_CANCELED,
        TaskState.TASK_STATE_REJECTED,
    }
)
INTERRUPTED = frozenset({TaskState.TASK_STATE_INPUT_REQUIRED, TaskState.TASK_STATE_AUTH_REQUIRED})
POLL_INTERVAL_S = 0.2
MAX_POLL_INTERVAL_S = 2.0
TRACEPARENT_HEADER = "traceparent"


class ForeignAgentError(A2AClientError):
    """The agent answered with something that is not A2A; the message says what, in one line."""


def one_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return " ".join(text.splitlines()[0].split())[:300]


class A2AConnection:
    """An open client to one agent. Use as ``async with A2AConnection(url) as agent: task = await agent.send(...)``.

    ``token`` is sent as a bearer token. Pass ``OriginCredentials`` instead to send only the token configured for
    the agent's origin (and none when its card lists interfaces elsewhere). ``timeout_s`` bounds each HTTP
    exchange (and each gap between streamed events). Pass ``http`` to share one connection pool across agents;
    it is then not closed here.
    """

    def __init__(
        self,
        url: str,
        *,
        token: str | OriginCredentials | None = None,
        timeout_s: float = 60.0,
        streaming: bool = True,
        http: httpx.AsyncClient | None = None,
        card: AgentCard | None = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.token = token
        self.timeout_s = timeout_s
        self.streaming = streaming
        self._own_http = http is None
        self.http = http or httpx.AsyncClient(
            timeout=httpx.Timeout(timeout_s, connect=min(10.0, timeout_s)),
            event_hooks=telemetry.httpx_hooks(),
            verify=client_tls(),
        )
        self.card: AgentCard | None = card
        self._client: SDKClient | None = None

    async def __aenter__(self) -> A2AConnection:
        try:
            await self.open()
        except BaseException:
            await self.aclose()
            raise
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def open(self) -> None:
        if self._client is not None:
            return
        try:
            if self.card is None:
                resolver = A2ACardResolver(self.http, self.url)
                self.card = await resolver.get_agent_card(http_kwargs=self._http_kwargs())
            config = ClientConfig(streaming=self.streaming, httpx_client=self.http)
            factory = ClientFactory(config)
            factory.register("JSONRPC", self._jsonrpc_transport)
            self._client = factory.create(self.card)
        except _FOREIGN as exc:
            raise ForeignAgentError(f"no usable A2A Agent Card at {self.url}: {one_line(exc)}") from None

    async def aclose(self) -> None:
        # Shielded: closing after a timeout or a cancel must still release the connections.
        with anyio.CancelScope(shield=True):
            if self._client is not None:
                await self._client.close()
                self._client = None
            if self._own_http:
                await self.http.aclose()

    def _jsonrpc_transport(self, card: AgentCard, url: str, config: ClientConfig) -> ClientTransport:
        """The SDK's JSON-RPC transport for ``url``: the 0.3 one for a 0.3 interface, else the tolerant 1.0 one."""
        interface = next(
            (
                i
                for i in card.supported_interfaces
                if i.protocol_binding == "JSONRPC" and i.url.rstrip("/") == url.rstrip("/")
            ),
            None,
        )
        if interface is not None and is_legacy_version(interface.protocol_version):
            return CompatJsonRpcTransport(self.http, card, url, is_shared_httpx=True)
        return TolerantJsonRpcTransport(self.http, card, url, is_shared_httpx=True)

    def _auth_headers(self) -> dict[str, str]:
        token = self.token
        if isinstance(token, OriginCredentials):
            # Every URL the SDK may send to: this one before the card is read, then the card's interfaces too.
            interfaces = [i.url for i in self.card.supported_interfaces] if self.card is not None else []
            token = token.token_for(self.url, *interfaces)
        return {"Authorization": f"Bearer {token}"} if token else {}

    def _http_kwargs(self) -> dict[str, Any]:
        return {"headers": self._auth_headers()}

    def _context(self, traceparent: object = None) -> ClientCallContext:
        headers = self._auth_headers()
        if isinstance(traceparent, str) and traceparent:
            # also as the W3C header, so the trace survives an agent that drops accord's message metadata
            headers[TRACEPARENT_HEADER] = traceparent
        return ClientCallContext(timeout=self.timeout_s, service_parameters=headers)

    async def send(
        self,
        text: str,
        *,
        data: Mapping[str, Any] | None = None,
        metadata: Mapping[str, Any] | None = None,
        task_id: str | None = None,
        context_id: str | None = None,
        on_update: UpdateSink | None = None,
    ) -> Task:
        """Send one message and return the task as it stands when it ends or needs input."""
        await self.open()
        assert self._client is not None
        message = user_message(text, data=data, metadata=metadata, task_id=task_id, context_id=context_id)
        task: Task | None = None
        context = self._context((metadata or {}).get("traceparent"))
        try:
            # the answer is the task's artifacts and status: its history (our own message back, the agent's working
            # notes) is left out of the reply, which the agent then need not write nor this process parse
            request = SendMessageRequest(message=message, configuration=SendMessageConfiguration(history_length=0))
            async for event in self._client.send_message(request, context=context):
                if on_update is not None:
                    await on_update(event)
                task = fold(task, event)
        except _FOREIGN as exc:
            raise ForeignAgentError(f"the answer from {self.url} is not valid A2A: {one_line(exc)}") from None
        if task is None:
            raise ForeignAgentError(f"{self.url} answered with no task and no message")
        _check_state(task, self.url)
        if task.status.state not in TERMINAL | INTERRUPTED:
            task = await self.follow(task, on_update)
        elif _bare_completion(task):
            # Some agents (fasta2a) stream the end of a task but store its artifacts without streaming them.
            task = await self.get_task(task.id)
        return task

    async def follow(self, task: Task, on_update: UpdateSink | None = None) -> Task:
        """Wait for a task that is still submitted or working: subscribe when this connection and the agent both
        stream, poll ``GetTask`` otherwise (or when the agent refuses the subscription)."""
        assert self._client is not None
        if self.streaming and self.card is not None and self.card.capabilities.streaming:
            try:
                request = SubscribeToTaskRequest(id=task.id)
                async for event in self._client.subscribe(request, context=self._context()):
                    if on_update is not None:
                        await on_update(event)
                    task = fold(task, event)
                    if task.status.state in TERMINAL | INTERRUPTED:
                        return task
            except (UnsupportedOperationError, A2AClientError, NotImplementedError, *_FOREIGN):
                pass  # an agent that says it streams but cannot resubscribe: poll instead
        interval = POLL_INTERVAL_S
        while task.status.state not in TERMINAL | INTERRUPTED:
            await anyio.sleep(interval)
            interval = min(interval * 1.5, MAX_POLL_INTERVAL_S)
            task = await self.get_task(task.id)
            _check_state(task, self.url)
        return task

    async def get_task(self, task_id: str) -> Task:
        await self.open()
        assert self._client is not None
        try:
            return await self._client.get_task(GetTaskRequest(id=task_id), context=self._context())
        except _FOREIGN as exc:
            raise ForeignAgentError(f"the task from {self.url} is not valid A2A: {one_line(exc)}") from None


# What a parser raises on input that is not A2A (pydantic's ValidationError is a ValueError, protobuf's ParseError
# an Exception subclass of its own); the SDK's own errors (A2AError) and transport errors pass through as they are.
_FOREIGN: tuple[type[BaseException], ...] = (ValueError, TypeError, KeyError, AttributeError, json_format.ParseError)


_NAIVE_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?")


class TolerantJsonRpcTransport(JsonRpcTransport):
    """The SDK's JSON-RPC 1.0 transport, reading a timestamp with no UTC offset as UTC.

    Python agents that write ``datetime.now().isoformat()`` (fasta2a does) send timestamps without a zone, which
    the protobuf JSON parser refuses, failing the whole answer. Every answer and streamed event passes through
    ``_check_jsonrpc_response`` before it is parsed, so that is where the timestamps are mended.
    """

    def _check_jsonrpc_response(self, response_data: Any) -> dict[str, Any]:
        return super()._check_jsonrpc_response(with_utc_timestamps(response_data))


def with_utc_timestamps(response: Any) -> Any:
    """``response`` (a JSON-RPC answer) with the timestamp of each task status in it marked UTC (``Z``) when it has
    no zone; in place.

    A status's ``timestamp`` is the one timestamp field of an A2A 1.0 answer (a task, a status update, a list of
    tasks); the rest of the answer, the agent's data parts and metadata included, is the agent's own and passes
    as it came, whatever its keys are named.
    """
    envelope = json_object(response)
    fields = json_object(envelope.get("result")) if envelope is not None else None
    if fields is None:
        return response
    tasks = [fields, json_object(fields.get("task")), json_object(fields.get("statusUpdate"))]
    for holder in [*tasks, *json_objects(fields.get("tasks"))]:
        status = json_object(holder.get("status")) if holder is not None else None
        stamp = status.get("timestamp") if status is not None else None
        if status is not None and isinstance(stamp, str) and _NAIVE_TIMESTAMP.fullmatch(stamp):
            status["timestamp"] = stamp + "Z"
    return response


def user_message(
    text: str,
    *,
    data: Mapping[str, Any] | None = None,
    metadata: Mapping[str, Any] | None = None,
    task_id: str | None = None,
    context_id: str | None = None,
) -> Message:
    parts = [Part(text=text)]
    if data:
        parts.append(Part(data=json_format.ParseDict(dict(data), struct_pb2.Value())))
    message = Message(
        message_id=uuid.uuid4().hex,
        role=Role.ROLE_USER,
        parts=parts,
        task_id=task_id or "",
        context_id=context_id or "",
    )
    if metadata:
        message.metadata.update(dict(metadata))
    return message


def _check_state(task: Task, url: str) -> None:
    if task.status.state == TaskState.TASK_STATE_UNSPECIFIED:  # what an unknown state name parses to
        raise ForeignAgentError(f"{url} answered with a task in no A2A state")


def _bare_completion(task: Task) -> bool:
    """A completed task that carries neither an artifact nor a message: its answer is only in the agent's store."""
    return (
        task.status.state == TaskState.TASK_STATE_COMPLETED
        and bool(task.id)
        and not task.artifacts
        and not task.status.HasField("message")
    )


def fold(task: Task | None, event: StreamResponse) -> Task:
    """The task after one more stream event: the SDK streams raw events, this aggregates them."""
    kind = event.WhichOneof("payload")
    if kind == "task":
        return event.task
    if kind == "message":  # a message-only reply: present it as a completed task holding that message
        done = Task(id=event.message.task_id or uuid.uuid4().hex, context_id=event.message.context_id)
        done.status.state = TaskState.TASK_STATE_COMPLETED
        done.status.message.CopyFrom(event.message)
        done.artifacts.add(artifact_id="message", name="message").parts.extend(event.message.parts)
        return done
    current = task or Task()
    if kind == "status_update":
        update = event.status_update
        current.id, current.context_id = update.task_id, update.context_id
        current.status.CopyFrom(update.status)
    elif kind == "artifact_update":
        update = event.artifact_update
        current.id = current.id or update.task_id
        existing = next((a for a in current.artifacts if a.artifact_id == update.artifact.artifact_id), None)
        if existing is not None and update.append:
            existing.parts.extend(update.artifact.parts)
        elif existing is not None:
            existing.CopyFrom(update.artifact)
        else:
            current.artifacts.append(update.artifact)
    return current


def task_text(task: Task) -> str:
    """The answer's text: the artifacts' text parts, or the status message when there is no artifact."""
    texts = [p.text for a in task.artifacts for p in a.parts if p.HasField("text")]
    if not texts and task.status.HasField("message"):
        texts = [p.text for p in task.status.message.parts if p.HasField("text")]
    return "\n".join(t for t in texts if t)


def task_data(task: Task) -> list[Any]:
    """Every structured data part in the task's artifacts."""
    return [item for a in task.artifacts for item in get_data_parts(a.parts)]


def state_name(task: Task) -> str:
    """``completed``, ``failed``, ``input-required``... as the A2A 1.0 JSON names them, minus the prefix."""
    return TaskState.Name(task.status.state).removeprefix("TASK_STATE_").lower().replace("_", "-")


def run_record(task: Task) -> dict[str, Any] | None:
    """The run record an orchestration hands back with its answer: the first data part that is a JSON object with
    steps; None from an agent that runs no steps."""
    objects = [cast("dict[str, Any]", d) for d in task_data(task) if isinstance(d, dict)]  # wire JSON
    return next((d for d in objects if "steps" in d), None)


def ended_as(task: Task) -> str:
    """How the task ended: its state, except that a completed task holding a run record ended as the run did (a
    partial run completes its A2A task with the steps that did not finish named in its answer)."""
    state = state_name(task)
    record = run_record(task) if state == "completed" else None
    return str((record or {}).get("status") or state)
