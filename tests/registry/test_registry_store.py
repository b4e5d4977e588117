"""Storage: nothing is lost across a restart, on SQLite and (when given one) on a real PostgreSQL server."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import create_async_engine

from servers.registry import Directory, SqlRegistryStore, database_url
from servers.registry.sql_store import metadata
from tests.registry.conftest import make_card

pytestmark = pytest.mark.anyio

SKILLS = [
    ("sum", "Summing", "Adds up columns of numbers", ["math"]),
    ("plot", "Plotting", "Draws charts", ["viz"]),
]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    if request.param == "sqlite":
        yield database_url(None, tmp_path)
        return
    url = os.environ.get("ACCORD_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("set ACCORD_TEST_POSTGRES_URL to a PostgreSQL database to run the PostgreSQL tests")
    url = database_url(url, tmp_path)
    engine = create_async_engine(url)
    async with engine.begin() as conn:  # a clean slate: the tables belong to this test
        await conn.run_sync(metadata.drop_all)
    await engine.dispose()
    yield url


async def test_a_restart_loses_nothing(store_url: str) -> None:
    first = Directory(SqlRegistryStore(store_url))
    await first.open()
    await first.register(card=make_card("Keeper", description="Keeps ledgers", skills=SKILLS))
    await first.register(card=make_card("other"))
    await first.close()

    again = Directory(SqlRegistryStore(store_url))
    await again.open()
    try:
        kept = await again.get("keeper")
        assert kept.card["description"] == "Keeps ledgers"
        assert [a.name for a in (await again.search(skill="plotting")).agents] == ["keeper"]
        assert [a.name for a in (await again.search(tag="math")).agents] == ["keeper"]
        assert (await again.search(query="add up numbers in a ledger")).agents[0].name == "keeper"
        assert [a.name for a in (await again.search(status="up")).agents] == ["keeper", "other"]
    finally:
        await again.close()


async def test_reregistering_replaces_skills_and_tags(store_url: str) -> None:
    directory = Directory(SqlRegistryStore(store_url))
    await directory.open()
    try:
        await directory.register(card=make_card("shifty", skills=SKILLS))
        await directory.register(card=make_card("shifty", skills=[("cook", "Cooking", "Recipes", ["food"])]))
        assert (await directory.search(tag="math")).agents == []
        assert [a.name for a in (await directory.search(tag="food")).agents] == ["shifty"]
        await directory.deregister("shifty")
        assert (await directory.search(tag="food")).agents == []
        assert (await directory.search(query="recipes")).agents == []
    finally:
        await directory.close()


async def test_agents_without_a_stored_embedding_get_one_at_open(tmp_path: Path) -> None:
    from patterns.ranking import Ranker
    from servers.registry.search import SearchIndex

    url = database_url(None, tmp_path)
    lexical = Directory(SqlRegistryStore(url), index=SearchIndex(Ranker()))
    await lexical.open()
    await lexical.register(card=make_card("late", description="Translates French poetry"))
    await lexical.close()
    semantic = Directory(SqlRegistryStore(url))
    await semantic.open()
    try:
        if not semantic.index.semantic:
            pytest.skip("the sentence encoder is not available here")
        assert [a.name for a in (await semantic.search(query="verse in another language")).agents] == ["late"]
    finally:
        await semantic.close()


async def test_the_store_filters_by_skill_and_tag_in_name_order(store_url: str) -> None:
    from servers.registry.store import Listing, StoredAgent

    store = SqlRegistryStore(store_url)
    await store.open()
    try:
        for name, seen in (("b", 10.0), ("a", 20.0), ("c", 30.0)):
            agent = StoredAgent(name, None, f"http://x/{name}", {"name": name}, 1.0, seen)
            tags = ["math"] if name != "c" else ["prose"]
            await store.put(agent, document=name, vector=None, skills=["sum", name], tags=tags)
        assert [a.name for a in await store.list(Listing(skill="sum"), None, 2)] == ["a", "b"]
        assert [a.name for a in await store.list(Listing(skill="sum"), "a", 5)] == ["b", "c"]
        assert [a.name for a in await store.list(Listing(tag="math", skill="b"), None, 5)] == ["b"]
        assert await store.names(Listing(tag="MATH", seen_after=15.0)) == {"a"}
        assert await store.names(Listing(seen_before=15.0)) == {"b"}
        assert [a.name for a in await store.all()] == ["a", "b", "c"]
        assert sorted(await store.evict(25.0)) == ["a", "b"]
        assert await store.names(Listing()) == {"c"}
        assert await store.names(Listing(tag="math")) == set()
    finally:
        await store.close()
