"""The registry's prober: a foreign agent that never heartbeats stays up while its card answers, then goes down."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio
import pytest
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from servers.registry import Directory, Liveness, SqlRegistryStore
from servers.registry.prober import Prober, probing
from tests.registry.conftest import make_card
from tests.support.servers import free_port, running

pytestmark = pytest.mark.anyio
LIVENESS = Liveness(heartbeat_interval=0.2, missed=2, ttl=60)


@asynccontextmanager
async def directory_at(tmp_path) -> AsyncIterator[Directory]:
    directory = Directory(SqlRegistryStore(f"sqlite+aiosqlite:///{tmp_path / 'registry.db'}"), liveness=LIVENESS)
    await directory.open()
    try:
        yield directory
    finally:
        await directory.close()


def card_app(port: int) -> Starlette:
    card = make_card("foreign", url=f"http://127.0.0.1:{port}/")
    return Starlette(routes=[Route("/.well-known/agent-card.json", lambda request: JSONResponse(card))])


async def wait_until(check, timeout: float = 10.0) -> None:
    with anyio.fail_after(timeout):
        while not check():
            await anyio.sleep(0.05)


async def test_a_reachable_agent_that_never_heartbeats_stays_up(tmp_path):
    port = free_port()
    async with running(card_app(port), port) as url, directory_at(tmp_path) as directory:
        await directory.register(f"{url}/.well-known/agent-card.json")
        async with probing(directory, interval=0.1):
            await anyio.sleep(LIVENESS.down_after * 3)
            agent = await directory.get("foreign")
            assert directory.status(agent) == "up"


async def test_an_unreachable_agent_goes_down_and_is_probed_with_backoff(tmp_path):
    port = free_port()
    async with directory_at(tmp_path) as directory:
        async with running(card_app(port), port) as url:
            await directory.register(f"{url}/.well-known/agent-card.json")
        prober = Prober(directory, interval=0.1, max_backoff=0.4)
        await anyio.sleep(0.2)
        assert await prober.probe_once() == {"foreign": False}
        assert await prober.probe_once() == {}  # backing off
        delays = []
        for _ in range(4):
            await wait_until(lambda: bool(prober.due(prober._now())))
            await prober.probe_once()
            delays.append(prober._backoff["foreign"].delay)
        await prober.aclose()
        agent = await directory.get("foreign")
    assert delays == [0.2, 0.4, 0.4, 0.4]
    assert directory.status(agent) == "down"


async def test_an_agent_that_heartbeats_itself_is_not_probed(tmp_path):
    async with directory_at(tmp_path) as directory:
        await directory.register(card=make_card("inline", url="http://127.0.0.1:9/"))
        await directory.register("http://127.0.0.1:9/.well-known/agent-card.json", card=make_card("ours"))
        prober = Prober(directory, interval=0.1)
        assert prober.due(prober._now()) == []  # both just seen
        await anyio.sleep(0.2)
        await directory.heartbeat("ours")
        assert prober.due(prober._now()) == []  # "ours" heartbeats; "inline" has no card URL to probe
