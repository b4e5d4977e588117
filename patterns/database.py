"""Opening a SQL database the same way everywhere: SQLite by path, PostgreSQL by URL.

Run records, A2A tasks and the registry all keep state through SQLAlchemy's async engine. On SQLite every
connection gets WAL (readers never wait for the writer), ``synchronous=NORMAL`` (a commit is not an fsync; WAL
stays consistent across a process crash) and a busy timeout, so concurrent writers wait for the lock instead of
failing with "database is locked".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

BUSY_TIMEOUT_S = 30


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


def open_engine(target: str | Path) -> AsyncEngine:
    """An engine for ``target`` (see ``database_url``); a SQLite file's folder is created if missing."""
    url = database_url(target)
    if not url.startswith("sqlite"):
        return create_async_engine(url)
    path = url.split(":///", 1)[1]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = create_async_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
    event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
