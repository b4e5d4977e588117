"""RunStore: where run records live, checkpointed after every step so an interrupted run can resume.

``InMemoryRunStore`` for tests and one-shot use; ``SqlRunStore`` for SQLite (a file under the data dir) or
PostgreSQL by URL — one code path over SQLAlchemy's async core, so PostgreSQL is a URL away, not a rewrite.
A record is kept whole as JSON next to a few columns to list and filter by.
"""

from __future__ import annotations

import abc
import json
from pathlib import Path
from typing import Any

from patterns.records import RunRecord, now_iso
from patterns.writebehind import WriteBehind


class RunStore(abc.ABC):
    """Saves and loads run records by id. ``save`` replaces the stored record (an upsert)."""

    @abc.abstractmethod
    async def save(self, record: RunRecord) -> None: ...

    @abc.abstractmethod
    async def get(self, run_id: str) -> RunRecord | None: ...

    @abc.abstractmethod
    async def list_recent(self, limit: int = 20) -> list[RunRecord]:
        """The newest runs first."""

    async def close(self) -> None:
        return None

    async def __aenter__(self) -> RunStore:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class InMemoryRunStore(RunStore):
    """Records in a dict, copied through JSON so callers never share state with the store."""

    def __init__(self) -> None:
        self._records: dict[str, str] = {}

    async def save(self, record: RunRecord) -> None:
        record.updated_at = now_iso()
        self._records.pop(record.run_id, None)  # re-inserting keeps the dict ordered by last save
        self._records[record.run_id] = json.dumps(record.to_dict())

    async def get(self, run_id: str) -> RunRecord | None:
        raw = self._records.get(run_id)
        return RunRecord.from_dict(json.loads(raw)) if raw is not None else None

    async def list_recent(self, limit: int = 20) -> list[RunRecord]:
        records = [RunRecord.from_dict(json.loads(raw)) for raw in self._records.values()]
        records.sort(key=lambda r: r.created_at, reverse=True)
        return records[:limit]


class SqlRunStore(RunStore):
    """Run records in SQLite or PostgreSQL. The table is created on first use."""

    def __init__(self, target: str | Path, *, table: str = "accord_runs") -> None:
        import sqlalchemy as sa

        from patterns.database import database_url, open_engine

        self.url = database_url(target)
        self._engine = open_engine(self.url)
        metadata = sa.MetaData()
        self._table = sa.Table(
            table,
            metadata,
            sa.Column("run_id", sa.String(64), primary_key=True),
            sa.Column("pattern", sa.String(64), nullable=False),
            sa.Column("status", sa.String(32), nullable=False),
            sa.Column("created_at", sa.String(40), nullable=False, index=True),
            sa.Column("updated_at", sa.String(40), nullable=False),
            sa.Column("record", sa.Text, nullable=False),
        )
        self._metadata = metadata
        self._ready = False

    async def _ensure_table(self) -> None:
        if not self._ready:
            async with self._engine.begin() as conn:
                await conn.run_sync(self._metadata.create_all)
            self._ready = True

    async def save(self, record: RunRecord) -> None:
        await self._ensure_table()
        record.updated_at = now_iso()
        row: dict[str, Any] = {
            "pattern": record.pattern,
            "status": record.status,
            "created_at": record.created_at,
            "updated_at": record.updated_at,
            "record": json.dumps(record.to_dict()),
        }
        t = self._table
        # update-then-insert is portable across SQLite and PostgreSQL; one run is saved by one writer
        async with self._engine.begin() as conn:
            updated = await conn.execute(t.update().where(t.c.run_id == record.run_id).values(**row))
            if updated.rowcount == 0:
                await conn.execute(t.insert().values(run_id=record.run_id, **row))

    async def get(self, run_id: str) -> RunRecord | None:
        await self._ensure_table()
        t = self._table
        async with self._engine.connect() as conn:
            raw = await conn.scalar(t.select().with_only_columns(t.c.record).where(t.c.run_id == run_id))
        return RunRecord.from_dict(json.loads(raw)) if raw is not None else None

    async def list_recent(self, limit: int = 20) -> list[RunRecord]:
        await self._ensure_table()
        t = self._table
        query = t.select().with_only_columns(t.c.record).order_by(t.c.created_at.desc()).limit(limit)
        async with self._engine.connect() as conn:
            rows = (await conn.execute(query)).scalars().all()
        return [RunRecord.from_dict(json.loads(raw)) for raw in rows]

    async def close(self) -> None:
        await self._engine.dispose()


class WriteBehindRunStore(RunStore):
    """Checkpoints that do not wait for the disk.

    A run checkpoints several times per step; on SQLite each save is a transaction that costs more than the
    A2A call it records. Here ``save`` queues the newest record per run on a ``WriteBehind`` and returns;
    ``get`` answers from the queue first. A crash can lose only the checkpoints of the last few milliseconds;
    ``close`` (and ``flush``) wait for the writer.
    """

    def __init__(self, durable: RunStore, *, max_backlog: int = 256) -> None:
        self.durable = durable
        self._queue: WriteBehind[str, str] = WriteBehind(self._persist, max_backlog=max_backlog, what="run")

    async def _persist(self, raw: str) -> None:
        await self.durable.save(RunRecord.from_dict(json.loads(raw)))

    async def save(self, record: RunRecord) -> None:
        record.updated_at = now_iso()
        # Serialized now: the caller goes on changing the record while it waits to be written.
        await self._queue.put(record.run_id, json.dumps(record.to_dict()))

    async def get(self, run_id: str) -> RunRecord | None:
        raw = self._queue.pending(run_id)
        return RunRecord.from_dict(json.loads(raw)) if raw is not None else await self.durable.get(run_id)

    async def list_recent(self, limit: int = 20) -> list[RunRecord]:
        await self.flush()
        return await self.durable.list_recent(limit)

    async def flush(self) -> None:
        await self._queue.flush()

    async def close(self) -> None:
        await self.flush()
        await self.durable.close()


def open_run_store(target: str | Path | None = None) -> RunStore:
    """A store for ``target``: ``None`` → in memory; a path or ``sqlite://`` URL → SQLite; ``postgresql://``."""
    return InMemoryRunStore() if target is None else SqlRunStore(target)
