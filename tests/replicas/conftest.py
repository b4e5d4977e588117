"""Replicas on one PostgreSQL database (ACCORD_TEST_POSTGRES_URL), behind HAProxy when a test needs a balancer.

Every test starts from a clean slate: the agents' schemas and accord's shared tables are dropped first.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator

import pytest

from agents.storage import open_engine


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    url = os.environ.get("ACCORD_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("set ACCORD_TEST_POSTGRES_URL to a PostgreSQL database to run the replica tests")
    engine = open_engine(url)
    async with engine.begin() as conn:
        schemas = await conn.exec_driver_sql("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'accord\\_agent\\_%'")
        for (schema,) in schemas.all():
            await conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        await conn.exec_driver_sql("DROP TABLE IF EXISTS accord_runs, accord_leases, accord_schema")
    await engine.dispose()
    yield url
