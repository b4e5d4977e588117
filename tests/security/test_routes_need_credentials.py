"""Every route of every accord app, enumerated: without a credential each answers 401, except the few public ones.

Public by design: an agent's card; the registry's page, health, sign-in form and reads (the published cards).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
import httpx
import pytest
from starlette.routing import BaseRoute, Mount, Route

from agents.models.local import LocalModel
from agents.settings import Settings
from agents.spec import builtin_spec
from servers.a2a.hosting import agent_app, orchestrator_app
from servers.cli.tools import http_app
from servers.credentials import TokenStore
from servers.gateway import create_gateway, gateway_lifespan, gateway_routes
from servers.registry.service import build_registry
from servers.tools import create_tool_server
from tests.security.conftest import INITIALIZE, MESH_TOKEN

pytestmark = pytest.mark.anyio

BASE = "http://testserver"
AUTH = {"Authorization": f"Bearer {MESH_TOKEN}"}
CARD = "/.well-known/agent-card.json"
LEGACY_CARD = "/.well-known/agent.json"  # the 0.3 shape, for 0.3 clients
# /health answers load balancers and probes; a run's page shows its shape to anyone and its texts only to its owner
AGENT_PUBLIC = {(m, p) for m in ("GET", "HEAD") for p in (CARD, LEGACY_CARD, "/health")}
REGISTRY_PUBLIC = {
    *((m, p) for m in ("GET", "HEAD") for p in ("/", "/health", "/agents", "/agents/x", "/login", "/runs/x")),
    ("POST", "/login"),
    ("POST", "/logout"),
}
# Paths no route declares, or that the old prefix rule let through: all need a credential.
PROBES = [
    ("POST", "/.well-known/rest/message:send"),
    ("GET", "/.well-known/rest/tasks"),
    ("POST", "/.well-known/agent-card.json"),
    ("GET", "/nowhere"),
]


def endpoints(routes: list[BaseRoute], prefix: str = "") -> Iterator[tuple[str, str]]:
    """(method, path) for every route, path parameters filled in, mounts walked."""
    for route in routes:
        if isinstance(route, Mount):
            yield from endpoints(route.routes, prefix + route.path)
        elif isinstance(route, Route):
            for method in sorted(route.methods or {"GET"}):
                yield method, re.sub(r"\{[^}]+\}", "x", prefix + route.path)


@asynccontextmanager
async def client(app, base_url: str = BASE) -> AsyncIterator[httpx.AsyncClient]:
    starlette_app = app if hasattr(app, "router") else app.app  # a tool server's app sits inside its guard
    async with starlette_app.router.lifespan_context(starlette_app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base_url) as http:
            yield http


async def assert_guarded(app, routes: list[BaseRoute], public: set[tuple[str, str]]) -> int:
    checked = 0
    async with client(app) as http:
        for method, path in [*endpoints(routes), *PROBES]:
            with anyio.fail_after(10):
                response = await http.request(method, path, json={} if method == "POST" else None)
            if (method, path) in public:
                assert response.status_code != 401, (method, path)
            else:
                assert response.status_code == 401, (method, path, response.status_code)
                assert response.headers["www-authenticate"].startswith("Bearer"), (method, path)
            checked += 1
    return checked


def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, token=MESH_TOKEN, registry_url="http://127.0.0.1:9")


async def test_every_route_of_an_agent_but_its_card_needs_a_credential(tmp_path) -> None:
    app = agent_app(builtin_spec("calculator"), settings(tmp_path), BASE, model=LocalModel())
    assert await assert_guarded(app, app.routes, AGENT_PUBLIC) > 40
    async with client(app) as http:
        assert (await http.get(CARD)).status_code == 200


async def test_every_route_of_the_orchestrator_but_its_card_needs_a_credential(tmp_path) -> None:
    app = orchestrator_app(settings(tmp_path), BASE)
    assert await assert_guarded(app, app.routes, AGENT_PUBLIC) > 40


async def test_every_route_of_the_registry_and_its_gateway_needs_a_credential_but_the_public_ones(tmp_path) -> None:
    gateway = create_gateway("http://127.0.0.1:9", token=MESH_TOKEN, data_dir=tmp_path)
    service = build_registry(
        settings(tmp_path), extra_routes=gateway_routes(gateway, MESH_TOKEN), lifespan_hooks=[gateway_lifespan(gateway)]
    )
    app = service.app
    assert ("POST", "/mcp") in set(endpoints(app.routes))
    assert await assert_guarded(app, app.routes, REGISTRY_PUBLIC) > 15


async def test_every_route_of_a_tool_server_over_http_needs_a_credential(tmp_path) -> None:
    app = http_app(
        create_tool_server("calculator", tmp_path), host="127.0.0.1", mesh_token=MESH_TOKEN, data_dir=tmp_path
    )
    assert await assert_guarded(app, app.app.routes, set()) >= 1


async def test_the_prefix_bypass_is_closed_and_a_credential_opens_the_route(tmp_path) -> None:
    app = agent_app(builtin_spec("calculator"), settings(tmp_path), BASE, model=LocalModel())
    async with client(app) as http:
        body = {"message": {"messageId": "m1", "role": "ROLE_USER", "parts": [{"text": "What is 2 + 2?"}]}}
        headers = {"A2A-Version": "1.0"}
        denied = await http.post("/.well-known/rest/message:send", json=body, headers=headers)
        assert denied.status_code == 401
        sent = await http.post("/rest/message:send", json=body, headers={**headers, **AUTH})
        assert sent.status_code == 200 and sent.json()["task"]["status"]["state"] == "TASK_STATE_COMPLETED"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", "Accept": "application/json, text/event-stream"}


async def test_scopes_decide_between_registry_writes_and_the_gateway(tmp_path) -> None:
    store = TokenStore.in_data_dir(tmp_path)
    caller, writer = store.add("caller", ["call"]), store.add("writer", ["registry:write"])
    gateway = create_gateway("http://127.0.0.1:9", token=MESH_TOKEN, data_dir=tmp_path)
    routes, hooks = gateway_routes(gateway, MESH_TOKEN), [gateway_lifespan(gateway)]
    app = build_registry(settings(tmp_path), extra_routes=routes, lifespan_hooks=hooks).app
    async with client(app, "http://127.0.0.1:8700") as http:  # the gateway checks Host on loopback
        assert (await http.post("/mcp", json=INITIALIZE, headers=bearer(writer))).status_code == 403
        assert (await http.post("/mcp", json=INITIALIZE, headers=bearer(caller))).status_code == 200
        assert (await http.delete("/agents/x", headers=bearer(caller))).status_code == 403
        assert (await http.delete("/agents/x", headers=bearer(writer))).status_code == 404
