"""Liveness with short intervals: heartbeats keep an agent up, silence makes it down, then removes it."""

from __future__ import annotations

import time
from collections.abc import Callable

import anyio
import httpx
import pytest

from servers.registry import Liveness
from tests.registry.conftest import AUTH, make_card

pytestmark = pytest.mark.anyio


@pytest.fixture
def liveness() -> Liveness:
    return Liveness(heartbeat_interval=0.1, missed=3, ttl=0.8)


async def wait_for(check: Callable[[], object], timeout: float = 5.0) -> None:
    with anyio.fail_after(timeout):
        while not await check():  # type: ignore[misc]
            await anyio.sleep(0.02)


async def status(registry: httpx.AsyncClient, name: str) -> str | int:
    response = await registry.get(f"/agents/{name}")
    return response.json()["status"] if response.status_code == 200 else response.status_code


async def test_silence_makes_an_agent_down_then_gone(registry: httpx.AsyncClient) -> None:
    await registry.post("/agents", json={"card": make_card("quiet")}, headers=AUTH)
    assert await status(registry, "quiet") == "up"
    started = time.monotonic()

    async def is_down():
        return await status(registry, "quiet") == "down"

    await wait_for(is_down)
    assert time.monotonic() - started >= 0.25
    assert [a["name"] for a in (await registry.get("/agents?status=down")).json()["agents"]] == ["quiet"]
    assert (await registry.get("/agents?status=up")).json()["agents"] == []

    async def is_gone():
        return await status(registry, "quiet") == 404

    await wait_for(is_gone)
    assert (await registry.get("/agents", params={"q": "quiet"})).json()["agents"] == []


async def test_heartbeats_keep_an_agent_up(registry: httpx.AsyncClient) -> None:
    await registry.post("/agents", json={"card": make_card("steady")}, headers=AUTH)
    deadline = time.monotonic() + 1.2  # past the TTL: without heartbeats it would be gone
    while time.monotonic() < deadline:
        assert (await registry.post("/agents/steady/heartbeat", headers=AUTH)).json()["status"] == "up"
        await anyio.sleep(0.1)
    assert await status(registry, "steady") == "up"


async def test_a_down_agents_name_can_be_taken_by_another_url(registry: httpx.AsyncClient) -> None:
    card = make_card("mover", url="http://127.0.0.1:9/old/")
    await registry.post("/agents", json={"card": card}, headers=AUTH)
    moved = make_card("mover", url="http://127.0.0.1:9/new/")
    assert (await registry.post("/agents", json={"card": moved}, headers=AUTH)).status_code == 409

    async def is_down():
        return await status(registry, "mover") == "down"

    await wait_for(is_down)
    assert (await registry.post("/agents", json={"card": moved}, headers=AUTH)).status_code == 201


def test_status_is_a_function_of_last_seen() -> None:
    policy = Liveness(heartbeat_interval=10, missed=3, ttl=100)
    assert policy.status(last_seen=1000, now=1030) == "up"
    assert policy.status(last_seen=1000, now=1031) == "down"
    with pytest.raises(ValueError):
        Liveness(heartbeat_interval=0)
