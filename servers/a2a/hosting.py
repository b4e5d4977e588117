"""From an agent spec to a served app: the model chosen, accord's own tool servers opened in-process.

The orchestrator's spec is served by the orchestrator executor instead of the runtime's: it finds its workers in
the registry, keeps its run records under the data dir (or in the database of ``ACCORD_DATABASE_URL``) and
serves them through its runs API (``runs_api.py``).

With a PostgreSQL database URL every agent keeps its tasks there, in the SDK's cluster stores: any number of
replicas of an agent may serve behind one load balancer (``servers/a2a/cluster.py``).

Callers are authenticated by the mesh token and the data dir's client tokens (``servers.credentials``). An agent
served with the mesh token announces its origin under the data dir while it runs, and the orchestrator sends the
mesh token only to announced (or configured) origins (``agents.credentials``): never to a stranger's agent.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncGenerator, Sequence
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.routing import BaseRoute

from agents import telemetry
from agents.credentials import OriginCredentials, announce_origin
from agents.errors import ConfigurationError
from agents.models import Model, select_model
from agents.runtime import Agent
from agents.settings import Settings
from agents.spec import AgentSpec
from cards import load_card_json
from servers.a2a.app import Hook, build_agent_app, task_store_url
from servers.a2a.card import agent_card, signed
from servers.a2a.cluster import DEFAULT_LEASE_S
from servers.a2a.runs_api import runs_routes
from servers.credentials import ADMIN, Authenticator
from servers.observability import Metrics
from servers.tools import available, create_tool_server

ORCHESTRATOR = "orchestrator"


def card_source(spec: AgentSpec) -> str | dict[str, Any]:
    """The spec's card: a ``.json`` path (relative to the spec file) for your own agent, else a shipped card's name."""
    if not spec.card_name.endswith(".json"):
        return spec.card_name
    path = Path(spec.source).parent / spec.card_name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigurationError(f"{spec.source}: field 'card': cannot read the card {path}: {exc}") from None


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
    lease_seconds: float = DEFAULT_LEASE_S,
) -> Starlette:
    """The A2A app for ``spec`` published at ``base_url``; raises ``ConfigurationError`` for a bad model choice.

    ``lease_seconds`` (replicas on PostgreSQL): how long a task of a replica that stopped waits to be taken over.
    """
    if spec.kind == "orchestrator":
        return orchestrator_app(
            settings,
            base_url,
            spec=spec,
            extra_routes=extra_routes,
            lifespan_hooks=lifespan_hooks,
            lease_seconds=lease_seconds,
        )
    data_dir = settings.ensure_data_dir()
    local = in_process_tool_servers(spec, data_dir) if in_process_tools else {}
    agent = Agent(spec, model or select_model(spec.model, settings), data_dir=data_dir, local_servers=local)
    authenticator = Authenticator.for_data_dir(settings.token, data_dir)
    card = signed(agent_card(card_source(spec), base_url, bearer=authenticator.enabled), data_dir)
    return build_agent_app(
        agent,
        card,
        task_store_url=task_store_url(data_dir, spec.name, settings.database_url),
        authenticator=authenticator,
        extra_routes=extra_routes,
        lifespan_hooks=[*_announcement(settings, spec.name, base_url), *lifespan_hooks],
        lease_seconds=lease_seconds,
    )


def _announcement(settings: Settings, name: str, base_url: str) -> list[Hook]:
    """The hook announcing ``base_url`` as a mesh origin while the app runs, when it serves with the mesh token.

    It runs before the others, so the origin is announced before the agent registers and can be called.
    """
    if not settings.token:
        return []

    @contextlib.asynccontextmanager
    async def announced() -> AsyncGenerator[None, None]:
        with announce_origin(settings.data_dir, name, base_url):
            yield

    return [announced]


def orchestrator_app(
    settings: Settings,
    base_url: str,
    *,
    spec: AgentSpec | None = None,
    orchestrator: Any = None,
    extra_routes: Sequence[BaseRoute] = (),
    lifespan_hooks: Sequence[Hook] = (),
    lease_seconds: float = DEFAULT_LEASE_S,
) -> Starlette:
    """The orchestrator published at ``base_url``: workers from the registry, runs in ``runs.db`` under the data dir
    (or in ``settings.database_url``), served at ``/runs`` to ``admin`` credentials.

    Pass ``orchestrator`` to serve one built elsewhere (a fixed set of workers, other budgets). On PostgreSQL a
    run's id is its task's id, so a replica taking over the task of one that died resumes the run.
    """
    from agents.orchestrator import Orchestrator, open_runs
    from agents.registry import Registry
    from agents.storage import open_run_store
    from servers.a2a.orchestrator_executor import OrchestratorExecutor

    data_dir = settings.ensure_data_dir()
    name = spec.name if spec is not None else ORCHESTRATOR
    if orchestrator is None:
        # the spec's model, ACCORD_MODEL and the keys decide the orchestrator's own routing and planning calls too
        model = select_model(spec.model if spec is not None else "auto", settings)
        orchestrator = Orchestrator(
            registry=Registry(settings.registry_url, settings.token),
            store=open_run_store(settings.database_url) if settings.database_url else open_runs(data_dir),
            name=name,
            # The mesh token goes only to the mesh's own agents; a stranger's agent gets no credential.
            token=OriginCredentials(mesh_token=settings.token, data_dir=data_dir),
            model=telemetry.traced_model(model, agent=name),
        )
    card_json = load_card_json(spec.card_name if spec is not None else ORCHESTRATOR)
    card_json["name"] = name  # one more orchestrator (a team lead, say) is listed under its own name
    authenticator = Authenticator.for_data_dir(settings.token, data_dir)
    card = signed(agent_card(card_json, base_url, bearer=authenticator.enabled), data_dir)
    runs = runs_routes(orchestrator.store)
    return build_agent_app(
        _Closing(orchestrator),
        card,
        executor=OrchestratorExecutor(orchestrator),
        task_store_url=task_store_url(data_dir, name, settings.database_url),
        authenticator=authenticator,
        extra_routes=[*runs, *extra_routes],
        route_rules=[(route, ADMIN) for route in runs],
        lifespan_hooks=[*_announcement(settings, name, base_url), *lifespan_hooks],
        lease_seconds=lease_seconds,
        resume_runs=True,
        metrics=Metrics(name, breakers=getattr(orchestrator, "breaker_states", None)),
    )


class _Closing:
    """Closes the orchestrator (and its registry client) when the app stops."""

    def __init__(self, orchestrator: Any) -> None:
        self.orchestrator = orchestrator

    async def __aenter__(self) -> None:
        await self.orchestrator.store.open()  # the runs table exists before the first request

    async def __aexit__(self, *exc_info: object) -> None:
        await self.orchestrator.aclose()
        if self.orchestrator.registry is not None:
            await self.orchestrator.registry.aclose()
