"""SqlRunStore: run records in SQLite (a file under the data dir) or PostgreSQL, committed before ``save`` returns.

Every checkpoint is committed when ``save`` returns (``note`` queues one that nothing depends on yet). So a run's
final record is on disk, in the status the orchestrator reports, before the answer that carries it is sent; and the
checkpoint after a finished step is on disk before the step's progress event goes out and before the next step
starts, so a run interrupted by a crash resumes without repeating a step it finished. (A run nobody watches, a
blocking send's, sends no progress: its last step is committed with the final record, in one commit; and in an
A2A host that record's commit may run alongside the task's own resting save, the answer waiting for both:
``commits_awaited_by``.) Saves go through a
``GroupCommit``: concurrent runs (and a fan-out's concurrent steps, when their checkpoints are not serialized by the
caller) share commits instead of paying one each; a failed commit fails the save with ``StorageError``. A record is
kept whole as JSON next to a few columns to list and filter by. The schema is migrated by ``open`` (at start-up:
``async with``, or the host's lifespan; versions in ``agents.storage.migrations``); a store used without ``open``
opens itself once. Each row names its run's owner (``patterns.store.owned_by``); a table made before runs had owners
gets the column when it is opened, its old runs owned by nobody. Replicas of the orchestrator share one PostgreSQL
table: a run is read by whichever replica is asked.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable, Generator, Sequence
from contextvars import ContextVar
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from agents.storage.engines import database_url, open_engine
from agents.storage.errors import reading
from agents.storage.group_commit import GroupCommit
from agents.storage.migrations import Migration, add_column, create_table, migrate
from agents.storage.sql_rows import SqlRows
from patterns.records import RunRecord, now_iso
from patterns.store import InMemoryRunStore, Owners, RunStore, current_owner

Handover = Callable[[], "list[asyncio.Future[None]] | None"]
_answer_waits: ContextVar[Handover | None] = ContextVar("accord_run_commits_awaited", default=None)


@contextlib.contextmanager
def commits_awaited_by(handover: Handover) -> Generator[None]:
    """Within this block, the save of a run's final record returns once it is queued, its commit added to the
    list ``handover()`` gives, for whoever sends the answer to wait on before it sends it (``handover()`` is asked
    at that save; ``None``: nobody will wait, so the save waits for its commit as usual).

    For a host whose answer is sent only after its own durable save, which waits for that list too (an A2A
    blocking send's resting task save): the run's last commit and the task's then run at once, instead of one
    after the other, and the answer still leaves only when both are on disk. A failed commit fails that wait.
    """
    token = _answer_waits.set(handover)
    try:
        yield
    finally:
        _answer_waits.reset(token)


class SqlRunStore(RunStore):
    def __init__(self, target: str | Path, *, table: str = "accord_runs") -> None:
        self.url = database_url(target)
        self._engine = open_engine(self.url)
        self._table = sa.Table(
            table,
            sa.MetaData(),
            sa.Column("run_id", sa.String(64), primary_key=True),
            sa.Column("pattern", sa.String(64), nullable=False),
            sa.Column("status", sa.String(32), nullable=False),
            sa.Column("created_at", sa.String(40), nullable=False, index=True),
            sa.Column("updated_at", sa.String(40), nullable=False),
            sa.Column("record", sa.Text, nullable=False),
            sa.Column("owner", sa.String(200), nullable=False, server_default=""),
        )
        self._rows = SqlRows(self._engine)
        self._commits: GroupCommit[str, dict[str, Any] | RunRecord] = GroupCommit(self._write, what="run record")
        self._opened: asyncio.Future[None] | None = None
        self._owners = Owners()
        self._deferred: dict[str, asyncio.Future[None]] = {}  # run id -> its final commit (commits_awaited_by)

    async def open(self) -> None:
        """Create the table if it is missing. ``IF NOT EXISTS``: other processes may be opening it too."""
        if self._opened is None:
            self._opened = asyncio.ensure_future(self._create_table())
        try:
            await asyncio.shield(self._opened)
        except Exception:
            self._opened = None  # the next call tries again
            raise

    async def _create_table(self) -> None:
        await migrate(self._engine, f"runs:{self._table.name}", self.migrations())

    def migrations(self) -> list[Migration]:
        """The run table's schema, version by version (``agents.storage.migrations``); append, never edit."""
        return [
            create_table(self._table),
            # tables made before runs had owners: their old runs are owned by nobody
            add_column(self._table.name, "owner", "VARCHAR(200) NOT NULL DEFAULT ''"),
        ]

    async def save(self, record: RunRecord) -> None:
        row = self._row(record)
        await self.open()
        handover = _answer_waits.get()
        pending = handover() if handover is not None and record.status != "running" else None
        if pending is None:
            await self._commits.save(record.run_id, row)
            return
        commit = asyncio.ensure_future(self._commits.save(record.run_id, row))
        pending.append(commit)
        self._deferred[record.run_id] = commit
        commit.add_done_callback(lambda done, run_id=record.run_id: self._forget(run_id, done))

    def _forget(self, run_id: str, commit: asyncio.Future[None]) -> None:
        if self._deferred.get(run_id) is commit:  # not a newer save's
            del self._deferred[run_id]

    async def note(self, record: RunRecord) -> None:
        self._owners.claim(record)
        await self.open()
        # Rides with the run's next save, or commits within 50 ms. The record itself is queued and serialized when
        # its commit starts: the run's next checkpoint usually supersedes it first (a routed run notes three times
        # and saves once), and one that does not is written as the run stands then, never older than noted.
        self._commits.submit(record.run_id, record)

    def _row(self, record: RunRecord) -> dict[str, Any]:
        self._owners.claim(record)
        record.updated_at = now_iso()
        return self._fields(record, record.updated_at)

    def _fields(self, record: RunRecord, updated_at: str) -> dict[str, Any]:
        data = record.to_dict()  # serialized now: the caller goes on changing the record
        data["updated_at"] = updated_at
        return {
            "run_id": record.run_id,
            "pattern": record.pattern,
            "status": record.status,
            "created_at": record.created_at,
            "updated_at": updated_at,
            "record": json.dumps(data),
            "owner": record.owner,
        }

    async def _write(self, values: Sequence[dict[str, Any] | RunRecord]) -> None:
        # Noted records are serialized here, on the event loop, before the rows go to the database's thread. Their
        # stamp stays off the live record: a batch may start after the run's final save has stamped it, and the
        # answer must carry the stamp of the row that is stored last.
        rows = [self._fields(v, now_iso()) if isinstance(v, RunRecord) else v for v in values]
        await self._rows.write(self._table, rows)

    async def get(self, run_id: str) -> RunRecord | None:
        await self.open()
        if (commit := self._deferred.get(run_id)) is not None:  # read what was saved, once it is on disk
            with contextlib.suppress(Exception):  # a failed commit is the answer's to report, not this read's
                await asyncio.shield(commit)
        t = self._table
        with reading("run record"):
            rows = await self._rows.read(sa.select(t.c.record).where(t.c.run_id == run_id))
        return self._owners.visible(RunRecord.from_dict(json.loads(rows[0].record)) if rows else None)

    async def list_recent(self, limit: int = 20) -> list[RunRecord]:
        await self.open()
        t = self._table
        query = sa.select(t.c.record).order_by(t.c.created_at.desc()).limit(limit)
        owner = current_owner()
        if owner is not None:
            query = query.where(t.c.owner == owner)
        with reading("run records"):
            rows = await self._rows.read(query)
        return [RunRecord.from_dict(json.loads(row.record)) for row in rows]

    async def close(self) -> None:
        try:
            await self._commits.aclose()
        finally:
            await self._rows.close()
            await self._engine.dispose()


def open_run_store(target: str | Path | None = None) -> RunStore:
    """A store for ``target``: ``None`` → in memory; a path or ``sqlite://`` URL → SQLite; ``postgresql://``."""
    return InMemoryRunStore() if target is None else SqlRunStore(target)
