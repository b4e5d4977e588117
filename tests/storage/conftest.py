"""Fixtures for the storage tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, event


@pytest.fixture
def commits() -> Iterator[list[object]]:
    """Every transaction any SQLAlchemy engine commits while the test runs (the writers' own included)."""
    seen: list[object] = []

    def count(connection: object) -> None:
        seen.append(connection)

    event.listen(Engine, "commit", count)
    yield seen
    event.remove(Engine, "commit", count)
