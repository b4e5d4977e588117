"""The Starlette app that publishes one agent over A2A.

Routes: the card at ``/.well-known/agent-card.json``, A2A 1.0 JSON-RPC at ``/`` (0.3 methods accepted too) and
HTTP+JSON under ``/rest``. Only the card is public: every other route (JSON-RPC, REST, the SDK's ``/{tenant}/rest``
mount) needs a credential with the ``call`` scope when auth is on, and each caller sees only its own tasks
(``servers/a2a/auth.py``); ``/health`` is public too, for load balancers and probes. Tasks live in the SDK's
``DatabaseTaskStore`` under the data dir by default (SQLite), committed before an answer reports them
(``task_store.py``), so a restarted agent still answers ``GetTask`` for old tasks. On PostgreSQL they live in the
SDK's cluster stores instead, shared by every replica of the agent (``cluster.py``). The agent's tool servers are
opened when the app starts and closed when it stops.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from pathlib import Path

from a2a.server.agent_execution import AgentExecutor, SimpleRequestContextBuilder
from a2a.server.routes import create_jsonrpc_routes, create_rest_routes
from a2a.types import AgentCard
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from agents.runtime import Agent
from agents.settings import Settings
from agents.storage import open_engine
from servers.a2a.auth import PUBLIC, route_guard
from servers.a2a.card import card_routes as public_card_routes
from servers.a2a.cluster import DEFAULT_LEASE_S, ClusterTasks, is_cluster_url
from servers.a2a.executor import RuntimeExecutor
from servers.a2a.media import MediaTypes
from servers.a2a.plain_errors import PlainErrors
from servers.a2a.push import PushNotifications, PushPolicy, SharedConfigStore
from servers.a2a.shared_store import SharedTaskStore
from servers.a2a.task_store import AnsweringRequestHandler, DurableTaskStore, MappedTaskStore
from servers.credentials import Authenticator
from servers.limits import BodySizeLimit
from servers.observability import Metrics, MetricsMiddleware, TraceMiddleware, metrics_route

Hook = Callable[[], AbstractAsyncContextManager[object]]


def task_store_url(data_dir: Path, agent_name: str, database: str | None = None) -> str:
    """Where an agent's tasks live: the shared PostgreSQL ``database`` when given, else a SQLite file of its own."""
    if database is not None and is_cluster_url(database):
        return database
    folder = data_dir / "agents" / agent_name
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite+aiosqlite:///{folder / 'tasks.db'}"


def build_agent_app(
    agent: Agent | AbstractAsyncContextManager[object],
    card: AgentCard,
    *,
    task_store_url: str,
    executor: AgentExecutor | None = None,
    token: str | None = None,
    authenticator: Authenticator | None = None,
    extra_routes: Sequence[BaseRoute] = (),
    route_rules: Sequence[tuple[BaseRoute, str | None]] = (),
    lifespan_hooks: Sequence[Hook] = (),
    max_body_bytes: int | None = None,
    middleware: Sequence[Middleware] = (),
    lease_seconds: float = DEFAULT_LEASE_S,
    resume_runs: bool = False,
    push_policy: PushPolicy | None = None,
    metrics: Metrics | None = None,
) -> Starlette:
    """The ASGI app for ``agent``. ``lifespan_hooks`` run inside the app's lifespan (registry heartbeats, say).

    ``executor`` replaces the runtime's executor (the orchestrator's, say); ``agent`` is then whatever it needs
    opened and closed with the app. ``authenticator`` decides who may call (the mesh token and the data dir's
    client tokens, say); ``token`` alone means that one token, with every scope. ``route_rules`` gives routes of
    ``extra_routes`` a scope other than ``call`` (``PUBLIC``, or ``admin`` for the runs API). Request bodies over
    ``max_body_bytes`` (default: ``ACCORD_MAX_BODY_BYTES``, 1 MiB) are answered 413 unread. ``middleware`` wraps
    everything else (the outermost first). ``push_policy`` says which webhook hosts push notifications may go to
    (default ``PushPolicy.from_env()``: public hosts only; ``servers/a2a/push.py``). ``metrics`` is what
    ``/metrics`` shows (default: this agent's requests, tasks, model and tool calls); every request is also a
    server span when tracing is on (``servers/observability``).

    A PostgreSQL ``task_store_url`` makes this app one replica among others (``cluster.py``): each task is worked
    on under a lease of ``lease_seconds``, taken over by another replica when this one dies; ``resume_runs``
    (the orchestrator) makes a task's id its run's id, so a task taken over resumes its run.
    """
    if executor is None:
        if not isinstance(agent, Agent):
            raise TypeError("an agent app without an executor of its own serves an Agent")
        executor = RuntimeExecutor(agent)
    metrics = metrics or Metrics(card.name, skills=card.skills)
    cluster: ClusterTasks | None = None
    durable: DurableTaskStore | None = None
    store: SharedTaskStore | DurableTaskStore
    if is_cluster_url(task_store_url):
        cluster = ClusterTasks(task_store_url, card.name, lease_seconds=lease_seconds, resume_runs=resume_runs)
        store = cluster.store
        executor = cluster.executor(executor)
        engine = cluster.engine
    else:
        engine = open_engine(task_store_url)
        store = durable = DurableTaskStore(MappedTaskStore(engine, create_table=True))
    # Webhook configs live beside the tasks (in the shared database too, so any replica sends them).
    push = PushNotifications(engine, push_policy, shared=cluster is not None)
    if cluster is not None:  # its saves read the webhooks the sender looks up next
        assert isinstance(push.store, SharedConfigStore)
        cluster.store.webhooks = push.store
    handler = AnsweringRequestHandler(
        agent_executor=executor,
        task_store=store,
        agent_card=card,
        push_config_store=push.store,
        push_sender=push.sender,
        push_url_validator=push.validator,
        # New task ids are minted by the store, which then knows they are absent without reading the database.
        request_context_builder=SimpleRequestContextBuilder(task_id_generator=store.minted),
        event_stream=cluster.events if cluster is not None else None,
    )

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncGenerator[None, None]:
        async with AsyncExitStack() as stack:
            # Closed in reverse: the handler stops, then pending task checkpoints are written, then the engine goes.
            # Tables before the first request: created lazily, concurrent first requests race to create them.
            if cluster is not None:
                stack.push_async_callback(cluster.aclose)
                await cluster.open()
            else:
                stack.push_async_callback(engine.dispose)
                assert durable is not None  # one or the other
                await durable.initialize()
                stack.push_async_callback(durable.aclose)
            stack.callback(metrics.close)
            await push.initialize()
            stack.push_async_callback(push.aclose)
            stack.push_async_callback(handler.aclose)
            await stack.enter_async_context(agent)
            if cluster is not None:  # after the agent: a task taken over runs at once
                await stack.enter_async_context(cluster.serving(handler))
            for hook in lifespan_hooks:
                await stack.enter_async_context(hook())
            yield

    card_routes = [*public_card_routes(card), Route("/health", _health, methods=["GET"])]
    routes = [
        *card_routes,
        metrics_route(metrics),
        *extra_routes,
        *create_jsonrpc_routes(handler, rpc_url="/", enable_v0_3_compat=True),
        # REST last: it also mounts /{tenant}/..., which would shadow the routes after it.
        *create_rest_routes(handler, path_prefix="/rest", enable_v0_3_compat=True),
    ]
    if authenticator is None and token:
        authenticator = Authenticator(token)
    guard = route_guard(routes, authenticator, [*((route, PUBLIC) for route in card_routes), *route_rules])
    limit = max_body_bytes or Settings.from_env().max_body_bytes
    layers = [
        Middleware(TraceMiddleware, server=card.name, routes=routes),
        Middleware(MetricsMiddleware, metrics=metrics, routes=routes),
        *middleware,
        Middleware(MediaTypes),  # a body that is not JSON is refused before anything reads it
        Middleware(BodySizeLimit, max_body_bytes=limit),
        Middleware(PlainErrors),
        *guard,
    ]
    app = Starlette(routes=routes, middleware=layers, lifespan=lifespan)
    app.state.agent = agent
    app.state.card = card
    app.state.handler = handler
    app.state.cluster = cluster
    app.state.metrics = metrics
    return app


async def _health(request: Request) -> Response:
    return JSONResponse({"status": "ok"})
