"""Availability fixtures: accord's apps served in-process with a small body limit, and an HTTP client for them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest

from agents.models.local import LocalModel
from agents.settings import Settings
from agents.spec import builtin_spec
from servers.a2a.hosting import agent_app

BASE = "http://agent.test"
LIMIT = 64 * 1024
HEADERS = {"A2A-Version": "1.0", "Content-Type": "application/json"}


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> int:
    """Servers built in the test read their body limit from the environment, as they do in production."""
    monkeypatch.setenv("ACCORD_MAX_BODY_BYTES", str(LIMIT))
    return LIMIT


def calculator(tmp_path) -> object:
    return agent_app(builtin_spec("calculator"), Settings(data_dir=tmp_path), BASE, model=LocalModel())


@asynccontextmanager
async def served(app, base_url: str = BASE) -> AsyncIterator[httpx.AsyncClient]:
    starlette_app = app if hasattr(app, "router") else app.app
    async with starlette_app.router.lifespan_context(starlette_app):
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url=base_url, timeout=10) as http:
            yield http
