"""RunStore: where run records live, checkpointed after every step so an interrupted run can resume.

The patterns need only this protocol and ``InMemoryRunStore`` (tests, one-shot use). The durable store, on
SQLite or PostgreSQL, is ``agents.storage.SqlRunStore``: its ``save`` returns once the record is committed.

Runs belong to their caller. A server sets the caller for the work it does on a caller's behalf with
``owned_by(name)``; every store then stamps new records with that owner and shows a caller only its own runs,
so a run of another caller cannot be read or resumed: it is as if it did not exist. Outside ``owned_by`` (the
CLI on the operator's own data dir, a store used without a server) every record is visible.
"""

from __future__ import annotations

import abc
import json
import uuid
from collections import OrderedDict
from collections.abc import Generator
from contextlib import contextmanager
from contextvars import ContextVar

from patterns.records import RunRecord, now_iso

_owner: ContextVar[str | None] = ContextVar("accord_run_owner", default=None)


@contextmanager
def owned_by(owner: str | None) -> Generator[None]:
    """Runs started or read inside the block belong to ``owner`` (``None``: no caller, every run visible)."""
    token = _owner.set(owner)
    try:
        yield
    finally:
        _owner.reset(token)


def act_for(owner: str | None) -> None:
    """Like ``owned_by`` for the rest of the current context: a server task's own, which ends with the task."""
    _owner.set(owner)


def current_owner() -> str | None:
    return _owner.get()


class Owners:
    """A store's owner rules: who sees a record, and which owner a record being saved gets.

    A caller naming another caller's run id is shown nothing; when that caller's run is then saved under the id it
    named, it gets a fresh id instead, so another caller's record is never overwritten.
    """

    KEPT = 1024

    def __init__(self) -> None:
        self._taken: OrderedDict[tuple[str, str], None] = OrderedDict()  # (run id, caller) hidden from that caller

    def visible(self, record: RunRecord | None) -> RunRecord | None:
        owner = _owner.get()
        if record is None or owner is None or record.owner == owner:
            return record
        self._taken[(record.run_id, owner)] = None
        while len(self._taken) > self.KEPT:
            self._taken.popitem(last=False)
        return None

    def may_see(self, record: RunRecord) -> bool:
        owner = _owner.get()
        return owner is None or record.owner == owner

    def claim(self, record: RunRecord) -> None:
        """Stamp ``record`` with the current owner; move it to a fresh id if its id is another caller's run."""
        owner = _owner.get()
        if owner is None:
            return
        if not record.owner:
            record.owner = owner
        if (record.run_id, record.owner) in self._taken:
            del self._taken[(record.run_id, record.owner)]
            record.run_id = uuid.uuid4().hex


class RunStore(abc.ABC):
    """Saves and loads run records by id. ``save`` replaces the stored record (an upsert).

    A record is stored when ``save`` returns: a durable store has committed it by then, so a run's final record
    is never reported before it is kept, and a finished step is never repeated when the run resumes.
    """

    async def open(self) -> None:  # noqa: B027 - optional hook
        """Prepare the store (create tables); called at start-up, by ``async with`` or the host's lifespan."""

    @abc.abstractmethod
    async def save(self, record: RunRecord) -> None: ...

    async def note(self, record: RunRecord) -> None:
        """Keep ``record`` as its run's newest state, without waiting for it to be stored.

        For a checkpoint nothing depends on yet (a run just opened, its plan): a durable store commits it with
        the next ``save`` or shortly after, and a crash before then loses only that state. Default: ``save``.
        """
        await self.save(record)

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
        self._owners = Owners()

    async def save(self, record: RunRecord) -> None:
        self._owners.claim(record)
        record.updated_at = now_iso()
        self._records.pop(record.run_id, None)  # re-inserting keeps the dict ordered by last save
        self._records[record.run_id] = json.dumps(record.to_dict())

    async def get(self, run_id: str) -> RunRecord | None:
        raw = self._records.get(run_id)
        return self._owners.visible(RunRecord.from_dict(json.loads(raw)) if raw is not None else None)

    async def list_recent(self, limit: int = 20) -> list[RunRecord]:
        records = [RunRecord.from_dict(json.loads(raw)) for raw in self._records.values()]
        records = [record for record in records if self._owners.may_see(record)]
        records.sort(key=lambda r: r.created_at, reverse=True)
        return records[:limit]
