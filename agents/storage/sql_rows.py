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
import contextlib
import threading
from collections.abc import Callable, Mapping, Sequence
from queue import SimpleQueue
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
        self._opening = asyncio.Lock()

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
            async with self._opening:  # concurrent first calls open one connection, not one each
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


_Call = tuple[Callable[[], Any], asyncio.AbstractEventLoop, "asyncio.Future[Any]"]
"""Work for the thread, the loop of its caller, and where the answer goes."""


class _SqliteThread:
    """A synchronous SQLite connection that lives on, and is only ever used from, one thread.

    Calls reach the thread through a ``SimpleQueue`` and answer on the caller's event loop with
    ``call_soon_threadsafe``: one wake-up each way, without an executor's ``concurrent.futures.Future`` per call.
    Calls run in the order they were made.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.conn: Connection | None = None
        self._calls: SimpleQueue[_Call | None] = SimpleQueue()
        self._closed = False
        # A daemon: a connection never closed must not hold the process at exit. A write cut short there is
        # rolled back by SQLite, and no caller was told it was stored.
        self._thread = threading.Thread(target=self._serve, name="sqlite-rows", daemon=True)
        self._thread.start()

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
        try:
            opened.conn = await opened._run(lambda: engine.connect())
        except BaseException:
            await opened.close()
            raise
        return opened

    async def call(self, function: Callable[..., Any], *args: Any) -> Any:
        """``function(connection, *args)`` on the thread; its result or its exception."""
        conn = self.conn
        return await self._run(lambda: function(conn, *args))

    async def _run(self, work: Callable[[], Any]) -> Any:
        if self._closed:  # the thread has stopped reading: the call would wait forever
            raise RuntimeError("the SQLite connection is closed")
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[Any] = loop.create_future()
        self._calls.put((work, loop, answer))
        return await answer

    def _serve(self) -> None:
        while (call := self._calls.get()) is not None:
            work, loop, answer = call
            try:
                value = work()
            except BaseException as exc:  # handed to the caller, who raises it
                _answer(loop, answer, None, exc)
            else:
                _answer(loop, answer, value, None)

    async def close(self) -> None:
        """Close the connection on its thread, then end the thread."""
        try:
            await self._run(self._close)
        finally:
            self._closed = True
            self._calls.put(None)

    def _close(self) -> None:
        conn, self.conn = self.conn, None
        if conn is not None:
            conn.close()
        self.engine.dispose()


def _answer(
    loop: asyncio.AbstractEventLoop, answer: asyncio.Future[Any], value: Any, exc: BaseException | None
) -> None:
    """Settle ``answer`` on its loop's thread; a caller that was cancelled (or a loop that closed) is not waiting."""

    def settle() -> None:
        if answer.done():
            return
        if exc is not None:
            answer.set_exception(exc)
        else:
            answer.set_result(value)

    with contextlib.suppress(RuntimeError):  # the loop is closed: nobody is left to answer
        loop.call_soon_threadsafe(settle)
