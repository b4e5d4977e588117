"""The client and the self-registration helper against a real registry and a real agent card, over sockets."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import anyio
import httpx
import pytest
from a2a.server.routes import create_agent_card_routes
from google.protobuf import json_format
from starlette.applications import Starlette

from agents.registration import Registration
from agents.registry import AgentRecord, Registry, RegistryError, RegistryUnavailable, UnknownAgent
from patterns.ranking import Ranker
from servers.registry import Directory, SqlRegistryStore, create_registry_app, database_url
from servers.registry.search import SearchIndex
from tests.registry.conftest import TOKEN, make_card
from tests.support.servers import free_port, running

pytestmark = pytest.mark.anyio


def registry_app(tmp_path: Path) -> Starlette:
    directory = Directory(SqlRegistryStore(database_url(None, tmp_path)), index=SearchIndex(Ranker()))
    return create_registry_app(directory, token=TOKEN)


@pytest.fixture
async def registry_url(tmp_path: Path) -> AsyncIterator[str]:
    async with running(registry_app(tmp_path)) as url:
        yield url


@pytest.fixture
async def agent_card_url() -> AsyncIterator[str]:
    """A real agent card served by the a2a-sdk's own card route on a real socket."""
    port = free_port()
    card = json_format.ParseDict(make_card("Echo", url=f"http://127.0.0.1:{port}/"), _card_type())
    async with running(Starlette(routes=create_agent_card_routes(card)), port=port) as url:
        yield f"{url}/.well-known/agent-card.json"


def _card_type():
    from a2a.types import AgentCard

    return AgentCard()


async def wait_for(check: Callable[[], object], timeout: float = 10.0) -> None:
    with anyio.fail_after(timeout):
        while not await check():  # type: ignore[misc]
            await anyio.sleep(0.02)


async def test_the_client_registers_searches_and_deregisters(registry_url: str, agent_card_url: str) -> None:
    async with Registry(registry_url, TOKEN) as registry:
        record = await registry.register(agent_card_url)
        assert record.name == "echo" and record.status == "up" and record.tags == ["echo"]
        assert record.base_url and record.base_url.startswith("http://127.0.0.1:")
        assert [r.name for r in await registry.search(skill="echo")] == ["echo"]
        assert [r.name for r in await registry.search(query="repeat the input")] == ["echo"]
        assert (await registry.heartbeat("echo")).status == "up"
        await registry.deregister("echo")
        with pytest.raises(UnknownAgent):
            await registry.get("echo")


async def test_reads_are_cached_then_revalidated_with_etags(registry_url: str) -> None:
    statuses: list[int] = []

    async def record(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    async with (
        httpx.AsyncClient(event_hooks={"response": [record]}) as http,
        Registry(registry_url, TOKEN, cache_ttl=0.2, client=http) as registry,
    ):
        await registry.register(card=make_card("cached"))
        statuses.clear()
        first = await registry.search()
        assert await registry.search() == first and statuses == [200]  # answered from the cache
        await anyio.sleep(0.25)
        assert await registry.search() == first and statuses == [200, 304]


async def test_a_page_the_cache_answers_is_parsed_once(registry_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    async with Registry(registry_url, TOKEN, cache_ttl=60) as registry:
        await registry.register(card=make_card("parsed"))
        first = await registry.search()
        parsed: list[object] = []
        original = AgentRecord.from_json
        monkeypatch.setattr(AgentRecord, "from_json", lambda data: parsed.append(data) or original(data))
        again = await registry.search()
        assert again == first and again is not first and parsed == []  # the same records, in a list of its own
        await registry.register(card=make_card("another"))  # a write empties the cache: the next page is new
        parsed.clear()
        assert {r.name for r in await registry.search()} == {"parsed", "another"} and len(parsed) == 2


async def test_client_errors_are_typed(registry_url: str) -> None:
    async with Registry(registry_url, "wrong-token") as registry:
        with pytest.raises(RegistryError) as refused:
            await registry.register(card=make_card("nope"))
        assert refused.value.status == 401 and refused.value.code == "unauthorized"
    async with Registry(f"http://127.0.0.1:{free_port()}") as nowhere:
        with pytest.raises(RegistryUnavailable):
            await nowhere.search()


async def test_registration_registers_heartbeats_and_deregisters(registry_url: str, agent_card_url: str) -> None:
    async with (
        Registry(registry_url) as reader,
        Registration(registry_url, agent_card_url, TOKEN, 0.1) as reg,
    ):
        with anyio.fail_after(10):
            await reg.registered.wait()
        assert reg.name == "echo"
        first_seen = (await reader.get("echo")).last_seen

        async def heartbeat_seen():
            return (await reader.get("echo")).last_seen != first_seen

        await wait_for(heartbeat_seen)
    async with Registry(registry_url) as reader:
        with pytest.raises(UnknownAgent):
            await reader.get("echo")


async def test_registration_registers_again_when_the_registry_forgets(registry_url: str, agent_card_url: str) -> None:
    async with (
        Registry(registry_url, TOKEN) as admin,
        Registration(registry_url, agent_card_url, TOKEN, 0.05) as reg,
    ):
        with anyio.fail_after(10):
            await reg.registered.wait()
        await admin.deregister("echo")

        async def back():
            try:
                return (await admin.get("echo")).status == "up"
            except UnknownAgent:
                return False

        await wait_for(back)


async def test_registration_without_a_registry_warns_once_and_keeps_trying(
    tmp_path: Path, agent_card_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    caplog.set_level(logging.WARNING, logger="agents.registry")
    with anyio.fail_after(1):  # entering never waits for the registry
        registration = await Registration(url, agent_card_url, TOKEN, 0.1, retry_initial=0.02).__aenter__()
    try:

        async def warned():
            return any("keep trying" in r.getMessage() for r in caplog.records)

        await wait_for(warned)
        await anyio.sleep(0.3)
        assert sum("keep trying" in r.getMessage() for r in caplog.records) == 1
        assert not registration.registered.is_set()
        async with running(registry_app(tmp_path), port=port):
            with anyio.fail_after(10):
                await registration.registered.wait()
            assert registration.name == "echo"
    finally:
        await registration.__aexit__(None, None, None)


async def test_a_refusing_registry_never_reaches_the_host(registry_url: str, agent_card_url: str) -> None:
    async with Registration(registry_url, agent_card_url, "wrong-token", 0.05, retry_initial=0.01) as reg:
        await anyio.sleep(0.3)
        assert not reg.registered.is_set()
