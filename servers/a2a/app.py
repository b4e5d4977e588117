"""The Starlette app that publishes one agent over A2A.

Routes: the card at ``/.well-known/agent-card.json``, A2A 1.0 JSON-RPC at ``/`` (0.3 methods accepted too) and
HTTP+JSON under ``/rest``. Only the card is public: every other route (JSON-RPC, REST, the SDK's ``/{tenant}/rest``
mount) needs a credential with the ``call`` scope when auth is on, and each caller sees only its own tasks
(``servers/a2a/auth.py``). Tasks live in the SDK's ``DatabaseTaskStore`` — SQLite under the data dir by default,
any SQLAlchemy async URL otherwise — committed before an answer reports them (``task_store.py``), so a restarted
agent still answers ``GetTask`` for old tasks. The agent's tool servers are opened when the app starts and closed
when it stops.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, AsyncExitStack, asynccontextmanager
from pathlib import Path

from a2a.server.agent_execution import AgentExecutor
from a2a.server.request_handlers import DefaultRequestHandler
from a2a.server.routes import create_agent_card_routes, create_jsonrpc_routes, create_rest_routes
from a2a.server.tasks import DatabaseTaskStore
from a2a.types import AgentCard
from a2a.utils.push_url_validator import validate_push_notification_url
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import BaseRoute

from agents.runtime import Agent
from agents.settings import Settings
from agents.storage import open_engine
from servers.a2a.auth import PUBLIC, route_guard
from servers.a2a.executor import RuntimeExecutor
from servers.a2a.plain_errors import PlainErrors
from servers.a2a.task_store import DurableTaskStore
from servers.credentials import Authenticator
from servers.limits import BodySizeLimit

Hook = Callable[[], AbstractAsyncContextManager[object]]


def task_store_url(data_dir: Path, agent_name: str) -> str:
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
    lifespan_hooks: Sequence[Hook] = (),
    max_body_bytes: int | None = None,
) -> Starlette:
    """The ASGI app for ``agent``. ``lifespan_hooks`` run inside the app's lifespan (registry heartbeats, say).

    ``executor`` replaces the runtime's executor (the orchestrator's, say); ``agent`` is then whatever it needs
    opened and closed with the app. ``authenticator`` decides who may call (the mesh token and the data dir's
    client tokens, say); ``token`` alone means that one token, with every scope. Request bodies over
    ``max_body_bytes`` (default: ``ACCORD_MAX_BODY_BYTES``, 1 MiB) are answered 413 unread.
    """
    engine = open_engine(task_store_url)
    durable = DatabaseTaskStore(engine, create_table=True)
    store = DurableTaskStore(durable)
    handler = DefaultRequestHandler(
        agent_executor=executor or RuntimeExecutor(agent),  # type: ignore[arg-type]
        task_store=store,
        agent_card=card,
        push_url_validator=validate_push_notification_url,
    )

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async with AsyncExitStack() as stack:
            # Closed in reverse: the handler stops, then pending task checkpoints are written, then the engine goes.
            stack.push_async_callback(engine.dispose)
            # Tables before the first request: created lazily, concurrent first requests race to create them.
            await store.initialize()
            stack.push_async_callback(store.aclose)
            stack.push_async_callback(handler.aclose)
            await stack.enter_async_context(agent)
            for hook in lifespan_hooks:
                await stack.enter_async_context(hook())
            yield

    card_routes = create_agent_card_routes(card)
    routes = [
        *card_routes,
        *extra_routes,
        *create_jsonrpc_routes(handler, rpc_url="/", enable_v0_3_compat=True),
        # REST last: it also mounts /{tenant}/..., which would shadow the routes after it.
        *create_rest_routes(handler, path_prefix="/rest", enable_v0_3_compat=True),
    ]
    if authenticator is None and token:
        authenticator = Authenticator(token)
    guard = route_guard(routes, authenticator, [(route, PUBLIC) for route in card_routes])
    limit = max_body_bytes or Settings.from_env().max_body_bytes
    middleware = [Middleware(BodySizeLimit, max_body_bytes=limit), Middleware(PlainErrors), *guard]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.agent = agent
    app.state.card = card
    return app
