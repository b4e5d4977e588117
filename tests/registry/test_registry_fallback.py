"""Discovery without the registry: the last known catalogue answers while it is down, and workers named by URL
need no registry at all."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path

import httpx
import pytest

from agents.agent_urls import agent_at
from agents.registry import (
    LastKnown,
    Registry,
    RegistryError,
    RegistryUnavailable,
    last_known_path,
)
from servers.registry import Directory, SqlRegistryStore, create_registry_app, database_url
from tests.registry.conftest import CardHost, make_card
from tests.support.servers import running

pytestmark = pytest.mark.anyio

SKILLS = [("sum", "Summing", "Adds up columns of numbers", ["math"])]


class StoppableRegistry:
    """A real registry on a socket that a test can stop midway."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.url = ""
        self._stack = AsyncExitStack()

    async def start(self) -> None:
        directory = Directory(SqlRegistryStore(database_url(None, self.data_dir)))
        self.url = await self._stack.enter_async_context(
            running(create_registry_app(directory, token=None, open_writes=True))
        )

    async def stop(self) -> None:
        await self._stack.aclose()


@pytest.fixture
async def registry_server(tmp_path: Path) -> AsyncIterator[StoppableRegistry]:
    server = StoppableRegistry(tmp_path)
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


async def test_a_stopped_registry_is_answered_for_by_the_last_known_catalogue(
    registry_server: StoppableRegistry, caplog: pytest.LogCaptureFixture
) -> None:
    async with Registry(registry_server.url, cache_ttl=0) as registry:
        await registry.register(card=make_card("Ledger", description="Keeps ledgers", skills=SKILLS))
        await registry.register(card=make_card("poet", description="Writes verse"))
        assert [r.name for r in await registry.search()] == ["ledger", "poet"]
        await registry_server.stop()
        with caplog.at_level(logging.WARNING, logger="agents.registry"):
            assert [r.name for r in await registry.search(status="up")] == ["ledger", "poet"]
            assert [r.name for r in await registry.search(tag="math")] == ["ledger"]
            assert [r.name for r in await registry.search(query="who keeps the ledgers?")] == ["ledger"]
            assert (await registry.get("poet")).card["description"] == "Writes verse"
            with pytest.raises(RegistryUnavailable):
                await registry.get("stranger")  # never seen: nothing to answer with
        warnings = [r.getMessage() for r in caplog.records if "last known catalogue" in r.getMessage()]
        assert len(warnings) == 1 and "2 agents" in warnings[0]  # one warning per outage


async def test_the_last_known_catalogue_outlives_the_process_that_saw_it(
    registry_server: StoppableRegistry, tmp_path: Path
) -> None:
    path = last_known_path(tmp_path / "data", registry_server.url)
    async with Registry(registry_server.url, last_known=LastKnown(path, registry_url=registry_server.url)) as first:
        await first.register(card=make_card("orchestrator", url="http://127.0.0.1:9/orch/"))
        await first.search()
    await registry_server.stop()
    remembered = LastKnown(path, registry_url=registry_server.url)
    async with Registry(registry_server.url, last_known=remembered) as later:
        assert (await later.get("orchestrator")).base_url == "http://127.0.0.1:9/orch"
    elsewhere = LastKnown(path, registry_url="http://127.0.0.1:1")  # another registry's catalogue is not ours
    assert elsewhere.get("orchestrator") is None


async def test_without_any_catalogue_a_stopped_registry_is_an_error(tmp_path: Path) -> None:
    async with Registry("http://127.0.0.1:9", timeout=1.0) as registry:
        with pytest.raises(RegistryUnavailable):
            await registry.search()


async def test_an_unfiltered_listing_replaces_the_catalogue_and_a_404_forgets(
    registry_server: StoppableRegistry,
) -> None:
    async with Registry(registry_server.url, cache_ttl=0) as registry:
        for name in ("a", "b"):
            await registry.register(card=make_card(name, url=f"http://127.0.0.1:9/{name}/"))
        await registry.search()
        await registry.deregister("a")
        await registry.search(tag="echo")  # a filtered answer merges: "a" is still remembered
        assert registry.last_known.get("a") is not None
        await registry.search()
        assert registry.last_known.get("a") is None
        with pytest.raises(RegistryError):
            await registry.get("b-gone")
        await registry.deregister("b")
        with pytest.raises(RegistryError):
            await registry.get("b")
        assert registry.last_known.get("b") is None


async def test_an_agent_named_by_url_is_described_from_its_own_card(card_host: CardHost) -> None:
    card = make_card("Calc Unit", skills=SKILLS)
    card_url = card_host.url("calc", card)
    base = card_url.removesuffix("/cards/calc")
    card_host.cards["well-known"] = card
    async with httpx.AsyncClient() as http:
        with pytest.raises(RegistryError) as refused:
            await agent_at(base + "/cards/calc", http, timeout=2.0)  # no card at that URL's well-known path
        assert refused.value.code == "unreachable"
        for bad in ("ftp://example.org/", "http://user:pw@example.org/", "not a url", "http://169.254.169.254/"):
            with pytest.raises(RegistryError) as wrong:
                await agent_at(bad, http)
            assert wrong.value.code == "bad_agent_url"


async def test_agent_at_reads_the_card_and_refuses_one_pointing_elsewhere(tmp_path: Path) -> None:
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    cards: dict[str, object] = {}

    async def card(request):
        return JSONResponse(cards["now"])

    async def huge(request):
        return Response(b"{" + b" " * 2_000_000 + b"}", media_type="application/json")

    app = Starlette(
        routes=[Route("/.well-known/agent-card.json", card), Route("/big/.well-known/agent-card.json", huge)]
    )
    async with running(app) as base, httpx.AsyncClient() as http:
        cards["now"] = make_card("Calc Unit", skills=SKILLS, url=f"{base}/")
        record = await agent_at(base, http)
        assert (record.name, record.base_url, record.skills[0]["id"]) == ("calc-unit", base, "sum")
        cards["now"] = make_card("Calc Unit", url="http://169.254.169.254/")
        with pytest.raises(RegistryError) as elsewhere:
            await agent_at(base, http)
        assert elsewhere.value.code == "bad_card"
        with pytest.raises(RegistryError) as big:
            await agent_at(f"{base}/big", http)
        assert big.value.code == "bad_card"
