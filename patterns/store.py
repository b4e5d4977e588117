"""RunStore: where run records live, checkpointed after every step so an interrupted run can resume.

The patterns need only this protocol and ``InMemoryRunStore`` (tests, one-shot use). The durable store, on
SQLite or PostgreSQL, is ``agents.storage.SqlRunStore``: its ``save`` returns once the record is committed.
"""

from __future__ import annotations

import abc
import json

from patterns.records import RunRecord, now_iso


class RunStore(abc.ABC):
    """Saves and loads run records by id. ``save`` replaces the stored record (an upsert).

    A record is stored when ``save`` returns: a durable store has committed it by then, so a run's final record
    is never reported before it is kept, and a finished step is never repeated when the run resumes.
    """

    async def open(self) -> None:  # noqa: B027 - optional hook
        """Prepare the store (create tables); called at start-up, by ``async with`` or the host's lifespan."""

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
        await self.open()
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
