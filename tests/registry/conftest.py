"""Registry fixtures: cards served on a real socket, and the registry app in-process, lifespan running."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from a2a.types import AgentCapabilities, AgentCard, AgentInterface, AgentSkill
from google.protobuf import json_format
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from servers.registry import Directory, Liveness, SqlRegistryStore, create_registry_app, database_url
from tests.support.servers import running

TOKEN = "test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def make_card(
    name: str,
    description: str = "An agent.",
    skills: list[tuple[str, str, str, list[str]]] | None = None,
    url: str = "http://127.0.0.1:9/",
) -> dict[str, Any]:
    """A 1.0 card as JSON; ``skills`` are (id, name, description, tags)."""
    card = AgentCard(
        name=name,
        description=description,
        version="1.0.0",
        capabilities=AgentCapabilities(streaming=True),
        default_input_modes=["text/plain"],
        default_output_modes=["text/plain"],
        skills=[
            AgentSkill(id=i, name=n, description=d, tags=t, examples=[f"please {n.lower()}"])
            for i, n, d, t in (skills or [("echo", "Echo", "Repeats the input", ["echo"])])
        ],
        supported_interfaces=[AgentInterface(url=url, protocol_binding="JSONRPC", protocol_version="1.0")],
    )
    return json_format.MessageToDict(card)


class CardHost:
    """A Starlette app on a real 127.0.0.1 socket: cards at ``/cards/{name}`` and some misbehaving URLs."""

    def __init__(self) -> None:
        self.cards: dict[str, Any] = {}
        self.base_url = ""

    def url(self, name: str, card: dict[str, Any] | None = None) -> str:
        """The URL serving ``card``, whose interfaces are moved onto this host (a card's interfaces must share
        its URL's origin)."""
        if card is not None:
            for interface in card.get("supportedInterfaces") or []:
                interface["url"] = interface["url"].replace("http://127.0.0.1:9", self.base_url)
            self.cards[name] = card
        return f"{self.base_url}/cards/{name}"

    def app(self) -> Starlette:
        async def card(request: Request) -> Response:
            name = request.path_params["name"]
            if name not in self.cards:
                return JSONResponse({"error": "no such card"}, status_code=404)
            return JSONResponse(self.cards[name])

        async def slow(request: Request) -> Response:
            await anyio.sleep(1.5)
            return JSONResponse({})

        async def big(request: Request) -> Response:
            return Response(b'{"name": "' + b"x" * 2_000_000 + b'"}', media_type="application/json")

        async def big_chunked(request: Request) -> Response:
            from starlette.responses import StreamingResponse

            async def chunks():
                yield b'{"name": "'
                for _ in range(40):
                    yield b"x" * 50_000
                yield b'"}'

            return StreamingResponse(chunks(), media_type="application/json")

        async def not_json(request: Request) -> Response:
            return Response("<html>hello</html>", media_type="text/html")

        return Starlette(
            routes=[
                Route("/cards/{name}", card),
                Route("/slow", slow),
                Route("/big", big),
                Route("/big-chunked", big_chunked),
                Route("/not-json", not_json),
            ]
        )


@pytest.fixture
async def card_host() -> AsyncIterator[CardHost]:
    host = CardHost()
    async with running(host.app()) as base_url:
        host.base_url = base_url
        yield host


def sqlite_url(path: Path) -> str:
    return database_url(None, path)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return sqlite_url(tmp_path)


@pytest.fixture
def liveness() -> Liveness:
    return Liveness(heartbeat_interval=30.0, ttl=3600.0)


@pytest.fixture
async def registry(db_url: str, liveness: Liveness) -> AsyncIterator[httpx.AsyncClient]:
    """An httpx client talking in-process to a running registry app (lifespan entered)."""
    directory = Directory(SqlRegistryStore(db_url), liveness=liveness, fetch_timeout=0.5)
    app = create_registry_app(directory, token=TOKEN)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://registry") as client:
            yield client


@asynccontextmanager
async def orchestrator_serving(data_dir: Path, records: list[Any], token: str) -> AsyncIterator[str]:
    """A real orchestrator agent on a socket, its runs API answering for ``records``; yields its base URL.

    It has its own data dir: a registry shows these runs only by asking its API, as on a cluster.
    """
    from agents.orchestrator import Orchestrator
    from agents.settings import Settings
    from patterns import InMemoryRunStore
    from servers.a2a.hosting import orchestrator_app
    from tests.support.servers import free_port

    store = InMemoryRunStore()
    for record in records:
        await store.save(record)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    settings = Settings(data_dir=data_dir / "orchestrator", token=token, registry_url="http://127.0.0.1:9")
    app = orchestrator_app(settings, base, orchestrator=Orchestrator(workers=[], store=store))
    async with running(app, port):
        yield base
