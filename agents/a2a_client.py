"""A2AConnection: one A2A agent reached through the official a2a-sdk client, any framework on the other end.

It resolves the agent's card (1.0, or 0.3 upgraded by the SDK), picks the transport the card offers, sends a
message (its ``traceparent`` metadata also as the W3C ``traceparent`` HTTP header, which tracing middleware
passes on even where an agent drops accord's metadata), and folds the event stream into the final ``Task`` —
the same object whether the agent streamed or answered in one response. A reply that is not terminal yet
(submitted, working) is followed to its end by subscribing, or by polling ``GetTask`` when the agent cannot
stream.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import anyio
import httpx
from a2a.client import A2ACardResolver, ClientCallContext, ClientConfig, ClientFactory
from a2a.client import Client as SDKClient
from a2a.helpers import get_data_parts
from a2a.types import (
    AgentCard,
    GetTaskRequest,
    Message,
    Part,
    Role,
    SendMessageRequest,
    StreamResponse,
    SubscribeToTaskRequest,
    Task,
    TaskState,
)
from google.protobuf import json_format, struct_pb2

from agents.credentials import OriginCredentials

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
TRACEPARENT_HEADER = "traceparent"


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
        self.http = http or httpx.AsyncClient(timeout=httpx.Timeout(timeout_s, connect=min(10.0, timeout_s)))
        self.card: AgentCard | None = card
        self._client: SDKClient | None = None

    async def __aenter__(self) -> A2AConnection:
        await self.open()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def open(self) -> None:
        if self._client is not None:
            return
        if self.card is None:
            self.card = await A2ACardResolver(self.http, self.url).get_agent_card(http_kwargs=self._http_kwargs())
        config = ClientConfig(streaming=self.streaming, httpx_client=self.http)
        self._client = ClientFactory(config).create(self.card)

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None
        if self._own_http:
            await self.http.aclose()

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
        async for event in self._client.send_message(SendMessageRequest(message=message), context=context):
            if on_update is not None:
                await on_update(event)
            task = fold(task, event)
        if task is None:
            raise ValueError("the agent sent no task and no message")
        if task.status.state not in TERMINAL | INTERRUPTED:
            task = await self.follow(task, on_update)
        return task

    async def follow(self, task: Task, on_update: UpdateSink | None = None) -> Task:
        """Wait for a task that is still submitted or working: subscribe when possible, poll otherwise."""
        assert self._client is not None
        if self.card is not None and self.card.capabilities.streaming:
            async for event in self._client.subscribe(SubscribeToTaskRequest(id=task.id), context=self._context()):
                if on_update is not None:
                    await on_update(event)
                task = fold(task, event)
                if task.status.state in TERMINAL | INTERRUPTED:
                    return task
        while task.status.state not in TERMINAL | INTERRUPTED:
            await anyio.sleep(POLL_INTERVAL_S)
            task = await self._client.get_task(GetTaskRequest(id=task.id), context=self._context())
        return task

    async def get_task(self, task_id: str) -> Task:
        await self.open()
        assert self._client is not None
        return await self._client.get_task(GetTaskRequest(id=task_id), context=self._context())


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
