"""From an agent spec to a served app: the model chosen, accord's own tool servers opened in-process."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.routing import BaseRoute

from agents.models import Model, select_model
from agents.runtime import Agent
from agents.settings import Settings
from agents.spec import AgentSpec
from servers.a2a.app import Hook, build_agent_app, task_store_url
from servers.a2a.card import agent_card
from servers.tools import available, create_tool_server


def in_process_tool_servers(spec: AgentSpec, data_dir: Path) -> dict[str, Any]:
    """accord's own tool servers named by the spec (``accord tools NAME``), as in-process server objects."""
    local: dict[str, Any] = {}
    for server in spec.tool_servers:
        if server.command == "accord" and len(server.args) >= 2 and server.args[0] == "tools":
            if server.args[1] in available():
                local[server.name] = create_tool_server(server.args[1], data_dir)
    return local


def agent_app(
    spec: AgentSpec,
    settings: Settings,
    base_url: str,
    *,
    model: Model | None = None,
    in_process_tools: bool = True,
    extra_routes: Sequence[BaseRoute] = (),
    lifespan_hooks: Sequence[Hook] = (),
) -> Starlette:
    """The A2A app for ``spec`` published at ``base_url``; raises ``ConfigurationError`` for a bad model choice."""
    data_dir = settings.ensure_data_dir()
    local = in_process_tool_servers(spec, data_dir) if in_process_tools else {}
    agent = Agent(spec, model or select_model(spec.model, settings), data_dir=data_dir, local_servers=local)
    card = agent_card(spec.card_name, base_url, bearer=bool(settings.token))
    return build_agent_app(
        agent,
        card,
        task_store_url=task_store_url(data_dir, spec.name),
        token=settings.token,
        extra_routes=extra_routes,
        lifespan_hooks=lifespan_hooks,
    )
