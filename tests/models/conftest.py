"""Agents and an orchestrator on real sockets whose models are the real SDK clients talking to local fakes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path
from typing import Any

from agents.models import Model
from agents.models.claude import ClaudeModel
from agents.models.openai_compatible import OpenAICompatibleModel
from agents.orchestrator import Orchestrator, open_runs
from agents.remote import RemoteAgent
from agents.settings import Settings
from agents.spec import AgentSpec, Limits, builtin_spec
from patterns import Budget, RetryPolicy
from servers.a2a.hosting import agent_app, orchestrator_app
from tests.support.servers import free_port, running


def claude(url: str, name: str = "claude-haiku-4-5", **options: Any) -> ClaudeModel:
    return ClaudeModel(name, api_key="sk-test", base_url=url, max_retries=0, **options)


def openai_model(url: str, name: str = "qwen2.5:7b", **options: Any) -> OpenAICompatibleModel:
    return OpenAICompatibleModel(name, base_url=f"{url}/v1", max_retries=0, **options)


def spec(name: str, **limits: Any) -> AgentSpec:
    """A specialist with its shipped card, no tools of its own: the fake model answers from its text."""
    return AgentSpec(
        name=name, description=name, card=name, instructions=f"You are the {name}.", limits=Limits(**limits)
    )


class Team:
    """Agents served on free ports for one test, all stopped when it ends."""

    def __init__(self, stack: AsyncExitStack, data_dir: Path, settings: Settings) -> None:
        self.stack, self.data_dir, self.settings = stack, data_dir, settings
        self.urls: dict[str, str] = {}

    async def serve(self, make_app: Any, name: str) -> str:
        port = free_port()
        url = await self.stack.enter_async_context(running(make_app(f"http://127.0.0.1:{port}"), port))
        self.urls[name] = url
        return url

    async def agent(self, name: str, model: Model | None = None, *, builtin: bool = False, **limits: Any) -> str:
        """A specialist (``builtin``: accord's own, with its tools); with no ``model`` the settings choose it."""
        agent_spec = builtin_spec(name) if builtin else spec(name, **limits)
        return await self.serve(lambda base: agent_app(agent_spec, self.settings, base, model=model), name)

    async def orchestrator(self, model: Model | None, names: list[str], **options: Any) -> str:
        workers = [await RemoteAgent.connect(self.urls[n], timeout=20.0, count_hop=False) for n in names]
        for worker in workers:
            self.stack.push_async_callback(worker.aclose)
        options.setdefault("budget", Budget(max_calls=16, deadline=30.0))
        core = Orchestrator(
            workers=workers,
            store=open_runs(self.data_dir),
            model=model,
            retry=RetryPolicy(attempts=1),
            call_timeout=20.0,
            **options,
        )
        return await self.serve(lambda base: orchestrator_app(self.settings, base, orchestrator=core), "orchestrator")


@asynccontextmanager
async def team(data_dir: Path, settings: Settings | None = None) -> AsyncIterator[Team]:
    async with AsyncExitStack() as stack:
        yield Team(stack, data_dir, settings or Settings(data_dir=data_dir))
