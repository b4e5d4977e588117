"""Versioned schema: each component's migrations, applied in order at start-up and recorded in ``accord_schema``.

A component (the run records, the leases) lists its migrations once, oldest first; the position of a migration
in that list is its version and never changes, so a database records, per component, the last version applied.
``migrate`` applies the ones a database lacks, each in its own transaction with the version it brings, so a
database is never left between versions. Replicas start together: on PostgreSQL the migrating transaction holds
an advisory lock, so one replica migrates and the others find the work done; on SQLite (one host) every
migration is written to be safe to run twice (``IF NOT EXISTS``, a column added only when missing).
Tables the A2A SDK owns (tasks, versions, events) are created by the SDK's own ``initialize`` at start-up.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.schema import CreateIndex, CreateTable

from agents.storage.errors import reading

Migration = Callable[[sa.Connection], None]
"""One step of a component's schema, run on a synchronous connection inside the transaction that records it."""

SCHEMA_TABLE = "accord_schema"

_schema = sa.Table(
    SCHEMA_TABLE,
    sa.MetaData(),
    sa.Column("component", sa.String(100), primary_key=True),
    sa.Column("version", sa.Integer, nullable=False),
)


async def migrate(engine: AsyncEngine, component: str, migrations: Sequence[Migration]) -> int:
    """Apply the ``migrations`` of ``component`` the database lacks; returns the version it is at now.

    A database at a newer version than this code knows (a newer replica migrated it) is left as it is.
    """
    with reading(f"{component} schema"):
        async with engine.begin() as conn:
            await conn.execute(CreateTable(_schema, if_not_exists=True))
        version = await _version(engine, component)
        for number, step in enumerate(migrations, start=1):
            if number <= version:
                continue
            try:
                async with engine.begin() as conn:
                    await conn.run_sync(_apply, component, number, step)
            except DBAPIError:
                if await _version(engine, component) < number:  # not another process migrating first: a failure
                    raise
            version = number
        return max(version, await _version(engine, component))


async def _version(engine: AsyncEngine, component: str) -> int:
    async with engine.connect() as conn:
        found = await conn.scalar(sa.select(_schema.c.version).where(_schema.c.component == component))
    return int(found or 0)


def _apply(conn: sa.Connection, component: str, number: int, step: Migration) -> None:
    if conn.dialect.name == "postgresql":
        # Held until this transaction ends: a replica starting at the same moment waits, then skips the step.
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": zlib.crc32(SCHEMA_TABLE.encode())})
    current = conn.scalar(sa.select(_schema.c.version).where(_schema.c.component == component)) or 0
    if current >= number:
        return
    step(conn)
    if current == 0:
        conn.execute(sa.insert(_schema).values(component=component, version=number))
    else:
        conn.execute(sa.update(_schema).where(_schema.c.component == component).values(version=number))


def create_table(table: sa.Table) -> Migration:
    """A migration creating ``table`` and its indexes, unless they exist."""

    def step(conn: sa.Connection) -> None:
        conn.execute(CreateTable(table, if_not_exists=True))
        for index in table.indexes:
            conn.execute(CreateIndex(index, if_not_exists=True))

    return step


def add_column(table: str, column: str, ddl: str) -> Migration:
    """A migration adding ``column`` to ``table`` with ``ddl`` (its type and default), unless it is there."""

    def step(conn: sa.Connection) -> None:
        if column not in {c["name"] for c in sa.inspect(conn).get_columns(table)}:
            conn.execute(sa.text(f"ALTER TABLE {table} ADD COLUMN {column} {ddl}"))

    return step
