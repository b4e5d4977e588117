"""Registry replicas on one database: each serves reads from memory and sees the others' writes within a second.

In-process on SQLite (two directories on one file), and as two real ``accord registry`` processes on PostgreSQL.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import anyio
import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from servers.registry import Directory, Liveness, SqlRegistryStore, database_url
from servers.registry.sql_store import EVICTION_LOCK, metadata
from tests.registry.conftest import make_card
from tests.support.servers import accord_process, free_port

pytestmark = pytest.mark.anyio


WITHIN_S = 1.0
"""The contract: a write on one replica is served by the others within a second (they poll every 0.2 s)."""


async def eventually(check: Callable[[], object], within: float) -> float:
    """Seconds until ``check()`` is true; fails when it is not within ``within`` seconds."""
    started = time.monotonic()
    with anyio.fail_after(within):
        while not await check():  # type: ignore[misc]
            await anyio.sleep(0.01)
    return time.monotonic() - started


@pytest.fixture
async def postgres_url(tmp_path: Path) -> AsyncIterator[str]:
    url = os.environ.get("ACCORD_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("set ACCORD_TEST_POSTGRES_URL to a PostgreSQL database to run the PostgreSQL tests")
    engine = create_async_engine(database_url(url, tmp_path))
    async with engine.begin() as conn:  # a clean slate: the tables belong to this test
        await conn.run_sync(metadata.drop_all)
    await engine.dispose()
    yield url


@pytest.fixture
async def replicas(tmp_path: Path) -> AsyncIterator[tuple[Directory, Directory]]:
    url = database_url(None, tmp_path)
    first = Directory(SqlRegistryStore(url), sync_interval=0.05)
    second = Directory(SqlRegistryStore(url), sync_interval=0.05)
    await first.open()
    await second.open()
    try:
        yield first, second
    finally:
        await first.close()
        await second.close()


async def test_a_registration_on_one_replica_is_found_on_the_other(replicas: tuple[Directory, Directory]) -> None:
    first, second = replicas
    card = make_card("Ledger", description="Keeps ledgers", skills=[("sum", "Summing", "Adds numbers", ["math"])])
    await first.register(card=card)

    async def listed() -> bool:
        return [a.name for a in (await second.search(tag="math")).agents] == ["ledger"]

    await eventually(listed, within=2.0)
    assert (await second.search(query="keeps ledgers")).agents[0].name == "ledger"


async def test_heartbeats_and_removals_travel_between_replicas(replicas: tuple[Directory, Directory]) -> None:
    first, second = replicas
    await first.register(card=make_card("beat"))
    # A heartbeat may reach a replica that has not heard of the agent yet: the store decides.
    touched = await second.heartbeat("beat")

    async def seen_on_first() -> bool:
        agent = first.catalog.get("beat")
        return agent is not None and agent.last_seen == touched.last_seen

    await eventually(seen_on_first, within=2.0)
    await second.deregister("beat")

    async def gone_from_first() -> bool:
        return first.catalog.get("beat") is None and not (await first.search(query="beat")).agents

    await eventually(gone_from_first, within=2.0)


async def test_a_replica_that_fell_behind_the_change_log_reloads(
    replicas: tuple[Directory, Directory], monkeypatch: pytest.MonkeyPatch
) -> None:
    import servers.registry.sql_store as store_module

    first, second = replicas
    monkeypatch.setattr(store_module, "MAX_FEED", 2)  # three writes between two syncs: too many to replay
    for name in ("a", "b", "c"):
        await first.register(card=make_card(name))
    await second.sync()
    assert [a.name for a in (await second.search()).agents] == ["a", "b", "c"]


async def test_status_is_judged_on_the_databases_clock(replicas: tuple[Directory, Directory]) -> None:
    first, _ = replicas
    head = await first.store.head()
    assert abs(first.now() - head.clock) < 1.0
    agent = await first.register(card=make_card("clocked"))
    assert abs(agent.last_seen - head.clock) < 5.0


@pytest.mark.postgres
async def test_one_replica_evicts_at_a_time(postgres_url: str, tmp_path: Path) -> None:
    store = SqlRegistryStore(database_url(postgres_url, tmp_path))
    directory = Directory(store, liveness=Liveness(heartbeat_interval=0.1, missed=1, ttl=0.2))
    await directory.open()
    engine = create_async_engine(database_url(postgres_url, tmp_path))
    try:
        await directory.register(card=make_card("stale"))
        async with engine.connect() as other:  # another replica, mid-eviction, holds the lock
            await other.execute(text("SELECT pg_advisory_lock(:key)"), {"key": EVICTION_LOCK})
            assert await directory.evict(directory.now() + 10) == []
            await other.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": EVICTION_LOCK})
        assert await directory.evict(directory.now() + 10) == ["stale"]
    finally:
        await engine.dispose()
        await directory.close()


@pytest.mark.postgres
async def test_two_registry_processes_on_postgresql_see_each_others_writes_within_a_second(
    postgres_url: str, tmp_path: Path
) -> None:
    urls = []
    with contextlib.ExitStack() as replicas:
        for index in range(2):
            port = free_port()
            env = {"ACCORD_RANKER": "bm25", "ACCORD_DATA_DIR": str(tmp_path / f"replica{index}")}
            args = ["registry", "--port", str(port), "--open", "--db", postgres_url]
            replicas.enter_context(accord_process(args, env=env, ready_url=f"http://127.0.0.1:{port}/health"))
            urls.append(f"http://127.0.0.1:{port}")
        async with httpx.AsyncClient(timeout=5.0) as http:
            card = make_card("Teller", description="Counts coins", skills=[("count", "Counting", "Counts", ["money"])])
            created = await http.post(f"{urls[0]}/agents", json={"card": card})
            assert created.status_code == 201

            async def listed_on_second() -> bool:
                found = await http.get(f"{urls[1]}/agents", params={"tag": "money"})
                return [a["name"] for a in found.json()["agents"]] == ["teller"]

            await eventually(listed_on_second, within=WITHIN_S)
            assert (await http.get(f"{urls[1]}/agents/teller")).json()["status"] == "up"

            assert (await http.post(f"{urls[1]}/agents/teller/heartbeat")).status_code == 200
            assert (await http.delete(f"{urls[1]}/agents/teller")).status_code == 204

            async def gone_from_first() -> bool:
                return (await http.get(f"{urls[0]}/agents/teller")).status_code == 404

            await eventually(gone_from_first, within=WITHIN_S)
