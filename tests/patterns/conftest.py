"""Fixtures for the pattern tests: anyio on asyncio and scripted workers."""

from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
