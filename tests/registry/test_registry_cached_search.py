"""A search the client's cache answers leaves the last known catalogue as the registry's last answer left it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import anyio
import pytest

from agents.registry import Registry
from tests.registry.conftest import TOKEN, make_card
from tests.registry.test_registry_client import registry_app
from tests.support.servers import running

pytestmark = pytest.mark.anyio


@pytest.fixture
async def registry_url(tmp_path: Path) -> AsyncIterator[str]:
    async with running(registry_app(tmp_path)) as url:
        yield url


async def test_a_cached_search_is_not_remembered_again_and_a_revalidated_one_is(registry_url: str) -> None:
    async with Registry(registry_url, TOKEN, cache_ttl=0.3) as registry:
        await registry.register(card=make_card("calculator"))
        assert [r.name for r in await registry.search(status="up")] == ["calculator"]
        refreshed = registry.last_known.saved_at
        registry.last_known.forget("calculator")  # as a lookup answered 404 would
        assert [r.name for r in await registry.search(status="up")] == ["calculator"]  # from the cache
        assert registry.last_known.get("calculator") is None and registry.last_known.saved_at == refreshed
        await anyio.sleep(0.35)
        assert [r.name for r in await registry.search(status="up")] == ["calculator"]  # the registry says 304
        assert registry.last_known.get("calculator") is not None
