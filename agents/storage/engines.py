"""Opening a SQL database the same way everywhere: SQLite by path, PostgreSQL by URL.

A2A tasks, run records and the registry all keep state through SQLAlchemy's async engine. On SQLite every
connection gets WAL (readers never wait for the writer) and a busy timeout, so writers from other processes
wait for the lock instead of failing with "database is locked". ``synchronous`` decides what a commit survives:

- ``NORMAL`` (the default): a commit has been written to the WAL file when it returns, so it survives the
  process being killed (SIGKILL, the OOM killer, a crash): the next process reads it. An OS crash or power cut
  may roll back the last commits. No fsync per commit, so a lone request pays far less than under ``FULL``.
- ``FULL``: the WAL is also fsynced before a commit returns, so it survives a power cut too; group commit pays
  that fsync once per batch, but a lone request pays it whole.

PostgreSQL commits durably (fsync) by default.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

BUSY_TIMEOUT_S = 30

Synchronous = Literal["NORMAL", "FULL"]


def database_url(target: str | Path) -> str:
    """An async SQLAlchemy URL for a file path, a ``sqlite://`` URL or a ``postgresql://`` URL."""
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+asyncpg://" + text.split("://", 1)[1]
    if text.startswith("sqlite:///"):
        return "sqlite+aiosqlite:///" + text.removeprefix("sqlite:///")
    if "://" in text:
        return text  # already a driver URL, e.g. postgresql+asyncpg://
    return f"sqlite+aiosqlite:///{Path(text).expanduser()}"


def open_engine(target: str | Path, *, synchronous: Synchronous = "NORMAL") -> AsyncEngine:
    """An engine for ``target`` (see ``database_url``); a SQLite file's folder is created if missing."""
    url = database_url(target)
    if not url.startswith("sqlite"):
        return create_async_engine(url)
    path = url.split(":///", 1)[1]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})

    def pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.close()

    event.listen(engine.sync_engine, "connect", pragmas)
    return engine
