"""SqlRows: one database's rows, upserted in committed batches and read back, through one connection kept open.

A store's ``GroupCommit`` commits its batches through ``write``; ``read`` runs a query. On SQLite the
connection is a synchronous one on a thread of its own, with the engine's own settings (WAL, ``synchronous``,
busy timeout): a batch or a query is one hop to that thread, where the async driver hops to its thread for every
statement (several per transaction, each waiting for a busy event loop). Elsewhere (PostgreSQL) batches go
through one async connection of the engine and reads through its pool. Either way there is no pool checkout and
reset per commit. The connection of a batch that failed is closed, not reused: the next call opens a fresh one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import Connection, Engine, Row, Table, create_engine, event
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.sql import Executable

from agents.storage.engines import BUSY_TIMEOUT_S
from agents.storage.rows import upsert, upsert_statement


class SqlRows:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._conn: AsyncConnection | None = None
        self._sqlite: _SqliteThread | None = None

    async def write(self, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
        """Upsert ``rows`` into ``table`` in one transaction; returns once it is committed."""
        try:
            if self.engine.dialect.name == "sqlite":
                await (await self._thread()).call(_write, table, rows)
                return
            if self._conn is None:
                self._conn = await self.engine.connect()
            async with self._conn.begin():
                await upsert(self._conn, table, rows)
        except BaseException:
            await self.close()
            raise

    async def read(self, query: Executable) -> list[Row[Any]]:
        """The rows ``query`` selects, as committed now (every batch written here included)."""
        if self.engine.dialect.name == "sqlite":
            return await (await self._thread()).call(_read, query)
        async with self.engine.connect() as conn:
            return list((await conn.execute(query)).all())

    async def _thread(self) -> _SqliteThread:
        if self._sqlite is None:
            self._sqlite = await _SqliteThread.open(self.engine)
        return self._sqlite

    async def close(self) -> None:
        conn, self._conn = self._conn, None
        sqlite, self._sqlite = self._sqlite, None
        try:
            if conn is not None:
                await conn.close()
            if sqlite is not None:
                await sqlite.close()
        except Exception:  # a broken connection may fail to close; it is dropped either way
            pass


def _write(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    statement = upsert_statement("sqlite", table, rows[0])
    assert statement is not None  # SQLite always has an upsert
    with conn.begin():
        conn.execute(statement, list(rows))


def _read(conn: Connection, query: Executable) -> list[Row[Any]]:
    with conn.begin():  # ended at once: an open read transaction would pin an old snapshot of the file
        return list(conn.execute(query).all())


class _SqliteThread:
    """A synchronous SQLite connection that lives on, and is only ever used from, one thread."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-rows")
        self.conn: Connection | None = None

    @classmethod
    async def open(cls, async_engine: AsyncEngine) -> _SqliteThread:
        async with async_engine.connect() as conn:  # the same durability as every other connection of the engine
            synchronous = int((await conn.exec_driver_sql("PRAGMA synchronous")).scalar() or 1)
        engine = create_engine(
            async_engine.url.set(drivername="sqlite+pysqlite"), connect_args={"timeout": BUSY_TIMEOUT_S}
        )

        def pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA synchronous={synchronous}")
            cursor.close()

        event.listen(engine, "connect", pragmas)
        opened = cls(engine)
        opened.conn = await asyncio.get_running_loop().run_in_executor(opened.thread, engine.connect)
        return opened

    async def call(self, function: Any, *args: Any) -> Any:
        return await asyncio.get_running_loop().run_in_executor(self.thread, function, self.conn, *args)

    async def close(self) -> None:
        try:
            await asyncio.get_running_loop().run_in_executor(self.thread, self._close)
        finally:
            self.thread.shutdown(wait=False)

    def _close(self) -> None:
        if self.conn is not None:
            self.conn.close()
        self.engine.dispose()
