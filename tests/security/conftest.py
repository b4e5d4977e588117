"""Security fixtures: a small A2A agent that echoes (or holds a task open), and a recorder of what reaches it."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import anyio
import pytest
from a2a.helpers import new_task_from_user_message
from a2a.server.agent_execution import AgentExecutor, RequestContext
from a2a.server.events import EventQueue
from a2a.server.tasks import TaskUpdater
from a2a.types import AgentCapabilities, AgentCard, AgentInterface, AgentSkill, Part
from starlette.types import ASGIApp, Receive, Scope, Send

from servers.a2a.app import build_agent_app
from servers.credentials import Authenticator

MESH_TOKEN = "mesh-token-for-tests"
INITIALIZE = {  # an MCP client's first request
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}},
}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class Echo(AgentExecutor):
    """Answers with the request's text; a request saying ``hold`` stays working until it is canceled."""

    async def execute(self, context: RequestContext, event_queue: EventQueue) -> None:
        assert context.message is not None
        task = context.current_task or new_task_from_user_message(context.message)
        await event_queue.enqueue_event(task)
        updater = TaskUpdater(event_queue, task.id, task.context_id)
        if context.get_user_input() == "hold":
            await updater.start_work()
            await anyio.sleep_forever()
        await updater.add_artifact([Part(text=context.get_user_input())], name="echo")
        await updater.complete()

    async def cancel(self, context: RequestContext, event_queue: EventQueue) -> None:
        assert context.task_id is not None and context.context_id is not None
        await TaskUpdater(event_queue, context.task_id, context.context_id).cancel()


def echo_card(base_url: str, name: str = "echo") -> AgentCard:
    return AgentCard(
        name=name,
        description="Echoes the request.",
        version="1.0.0",
        capabilities=AgentCapabilities(streaming=True),
        default_input_modes=["text/plain"],
        default_output_modes=["text/plain"],
        skills=[AgentSkill(id="echo", name="Echo", description="Repeats the input", tags=["echo"])],
        supported_interfaces=[
            AgentInterface(url=f"{base_url}/", protocol_binding="JSONRPC", protocol_version="1.0"),
            AgentInterface(url=f"{base_url}/rest", protocol_binding="HTTP+JSON", protocol_version="1.0"),
        ],
    )


def echo_app(data_dir: Path, base_url: str, *, authenticator: Authenticator | None = None, name: str = "echo"):
    return build_agent_app(
        contextlib.nullcontext(),
        echo_card(base_url, name),
        executor=Echo(),
        task_store_url=f"sqlite+aiosqlite:///{data_dir / (name + '-tasks.db')}",
        authenticator=authenticator,
    )


class HeaderRecorder:
    """ASGI wrapper keeping the ``Authorization`` header (or ``None``) of every HTTP request that reaches ``app``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.seen: list[str | None] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers: dict[bytes, Any] = dict(scope["headers"])
            value = headers.get(b"authorization")
            self.seen.append(value.decode() if value is not None else None)
        await self.app(scope, receive, send)
