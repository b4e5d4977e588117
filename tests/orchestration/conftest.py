"""Orchestration over real sockets: a real registry, real specialist agents, and the orchestrator agent.

Everything runs with uvicorn in this event loop on 127.0.0.1 free ports (``tests.support.servers.running``);
only the tests that must kill a process start ``accord serve`` as a subprocess.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from agents.models import LocalModel
from agents.orchestrator import Orchestrator, open_runs
from agents.registry import Registry
from agents.runtime import Agent
from agents.settings import Settings
from agents.spec import AgentSpec, ToolServerSpec, builtin_spec
from patterns import Budget, RetryPolicy
from servers.a2a.app import build_agent_app, task_store_url
from servers.a2a.card import agent_card
from servers.a2a.hosting import agent_app, in_process_tool_servers, orchestrator_app
from servers.registry import Directory, SqlRegistryStore, create_registry_app, database_url
from tests.support.servers import free_port, running

SUMMARIZER_CARD = {
    "name": "summarizer",
    "description": "Summarizer: condenses text into short summaries, key points and keywords.",
    "version": "0.1.0",
    "capabilities": {"streaming": True},
    "defaultInputModes": ["text/plain"],
    "defaultOutputModes": ["text/plain"],
    "skills": [
        {
            "id": "summarize",
            "name": "Summarize text",
            "description": "Condenses a passage into a short summary or its key points.",
            "tags": ["summary", "summarize", "condense", "tl;dr"],
            "examples": ["Summarize this article in two sentences", "Give me the key points of this text"],
        }
    ],
}

WRITER_CARD = {
    "name": "writer",
    "description": "Writer: drafts articles, emails, outlines and stories, and rewrites text in another tone.",
    "version": "0.1.0",
    "capabilities": {"streaming": True},
    "defaultInputModes": ["text/plain"],
    "defaultOutputModes": ["text/plain"],
    "skills": [
        {
            "id": "draft",
            "name": "Draft text",
            "description": "Writes a draft: an email, a blog post, an outline or a short story.",
            "tags": ["writing", "draft", "email", "outline"],
            "examples": ["Write a short email inviting the team to lunch", "Draft an outline for a blog post"],
        }
    ],
}


def specialist_app(name: str, card: dict[str, Any] | None, data_dir: Path, base_url: str):
    """One of accord's specialists with its own MCP tool server in-process and the offline model."""
    settings = Settings(data_dir=data_dir)
    if card is None:
        return agent_app(builtin_spec(name), settings, base_url, model=LocalModel())
    spec = AgentSpec(
        name=name,
        description=card["description"],
        card=name,
        tool_servers=(ToolServerSpec(name=name, command="accord", args=("tools", name)),),
    )
    local = in_process_tool_servers(spec, data_dir)
    agent = Agent(spec, LocalModel(), data_dir=data_dir, local_servers=local)
    return build_agent_app(agent, agent_card(card, base_url), task_store_url=task_store_url(data_dir, name))


class Mesh:
    """A running registry plus whatever agents a test starts; all stopped when the test ends."""

    def __init__(self, stack: AsyncExitStack, data_dir: Path) -> None:
        self.stack = stack
        self.data_dir = data_dir
        self.registry_url = ""
        self.urls: dict[str, str] = {}

    async def serve(self, make_app: Callable[[str], Any], name: str, register: bool = True) -> str:
        port = free_port()
        base_url = f"http://127.0.0.1:{port}"
        url = await self.stack.enter_async_context(running(make_app(base_url), port))
        self.urls[name] = url
        if register:
            await self.register(f"{url}/.well-known/agent-card.json")
        return url

    async def register(self, card_url: str) -> None:
        async with Registry(self.registry_url) as registry:
            await registry.register(card_url)

    async def specialist(self, name: str, card: dict[str, Any] | None = None) -> str:
        return await self.serve(lambda base: specialist_app(name, card, self.data_dir, base), name)

    def orchestrator(self, **options: Any) -> Orchestrator:
        if "registry" not in options and "workers" not in options:
            options["registry"] = Registry(self.registry_url, cache_ttl=0)
            self.stack.push_async_callback(options["registry"].aclose)
        options.setdefault("store", open_runs(self.data_dir))
        options.setdefault("call_timeout", 20.0)
        options.setdefault("retry", RetryPolicy(attempts=2, base_delay=0.05))
        options.setdefault("budget", Budget(max_calls=16, deadline=30.0))
        return Orchestrator(**options)

    async def orchestrator_agent(self, name: str = "orchestrator", **options: Any) -> str:
        """The orchestrator served over A2A (and registered), built with ``options``."""
        core = self.orchestrator(name=name, **options)
        settings = Settings(data_dir=self.data_dir, registry_url=self.registry_url)
        spec = builtin_spec("orchestrator")
        if name != spec.name:
            spec = AgentSpec(name=name, description=spec.description, card="orchestrator")
        return await self.serve(lambda base: orchestrator_app(settings, base, spec=spec, orchestrator=core), name)


@asynccontextmanager
async def mesh_at(data_dir: Path) -> AsyncIterator[Mesh]:
    async with AsyncExitStack() as stack:
        mesh = Mesh(stack, data_dir)
        directory = Directory(SqlRegistryStore(database_url(None, data_dir)), fetch_timeout=5.0)
        mesh.registry_url = await stack.enter_async_context(
            running(create_registry_app(directory, token=None, open_writes=True))
        )
        yield mesh


@pytest.fixture
async def mesh(tmp_path: Path) -> AsyncIterator[Mesh]:
    async with mesh_at(tmp_path) as m:
        yield m
