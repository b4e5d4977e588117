"""A real registry and a real A2A agent that asks a question, for the gateway's MCP tests (all on loopback)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from a2a.helpers import new_task_from_user_message
from a2a.server.agent_execution import AgentExecutor, RequestContext
from a2a.server.events import EventQueue
from a2a.server.tasks import TaskUpdater
from a2a.types import Part, TaskState

from agents.settings import Settings
from servers.a2a.app import build_agent_app, task_store_url
from servers.a2a.card import agent_card, card_document
from servers.registry import build_registry
from tests.support.servers import free_port, running

QUESTION = "Which currency should I convert 100 to: EUR or USD?"


class AskingExecutor(AgentExecutor):
    """Asks one question on a new task; the answer, sent on the same task, completes it with both in the text."""

    def __init__(self) -> None:
        self.requests: dict[str, list[str]] = {}  # task id -> the texts it received, in order

    async def execute(self, context: RequestContext, event_queue: EventQueue) -> None:
        message = context.message
        assert message is not None
        text = " ".join(p.text for p in message.parts if p.HasField("text"))
        task = context.current_task
        if task is None:
            task = new_task_from_user_message(message)
            await event_queue.enqueue_event(task)
        self.requests.setdefault(task.id, []).append(text)
        updater = TaskUpdater(event_queue, task.id, task.context_id)
        if task.status.state == TaskState.TASK_STATE_INPUT_REQUIRED:
            first = self.requests[task.id][0]
            await updater.add_artifact([Part(text=f"{first} -> converted to {text}")], name="answer", last_chunk=True)
            await updater.complete()
        else:
            await updater.requires_input(updater.new_agent_message([Part(text=QUESTION)]))

    async def cancel(self, context: RequestContext, event_queue: EventQueue) -> None:
        await TaskUpdater(event_queue, context.task_id or "", context.context_id or "").cancel()


def card(name: str, url: str, description: str = "Converts amounts between currencies.") -> dict[str, Any]:
    """The A2A 1.0 card of the asking agent at ``url``, published as ``name``."""
    raw = {
        "name": name,
        "description": description,
        "version": "1.0.0",
        "capabilities": {"streaming": True},
        "defaultInputModes": ["text/plain"],
        "defaultOutputModes": ["text/plain"],
        "skills": [
            {
                "id": "convert",
                "name": "Convert currencies",
                "description": "Converts an amount, asking which currency when it is not said.",
                "tags": ["currency"],
                "examples": ["convert 100"],
            }
        ],
    }
    return card_document(agent_card(raw, url, push=False))


@dataclass
class Mesh:
    registry_url: str
    agent_url: str
    executor: AskingExecutor
    http: httpx.AsyncClient

    async def register(self, name: str, description: str = "Converts amounts between currencies.") -> None:
        """Register ``name`` with a card pointing at the asking agent."""
        response = await self.http.post(
            f"{self.registry_url}/agents", json={"card": card(name, self.agent_url, description)}
        )
        assert response.status_code == 201, response.text

    async def remove(self, name: str) -> None:
        response = await self.http.delete(f"{self.registry_url}/agents/{name}")
        assert response.status_code == 204, response.text


@pytest.fixture
async def mesh(tmp_path: Path) -> AsyncIterator[Mesh]:
    """A registry holding ``converter`` (the asking agent), served on loopback for the test."""
    registry = build_registry(Settings(data_dir=tmp_path / "registry"), open_writes=True)
    executor = AskingExecutor()
    agent_port = free_port()
    agent_url = f"http://127.0.0.1:{agent_port}"
    data_dir = tmp_path / "agent"
    data_dir.mkdir()
    app = build_agent_app(
        contextlib.nullcontext(),
        agent_card(card("converter", agent_url), agent_url, push=False),
        executor=executor,
        task_store_url=task_store_url(data_dir, "converter"),
    )
    async with (
        running(registry.app) as registry_url,
        running(app, agent_port),
        httpx.AsyncClient(timeout=20) as http,
    ):
        found = Mesh(registry_url, agent_url, executor, http)
        await found.register("converter")
        yield found
