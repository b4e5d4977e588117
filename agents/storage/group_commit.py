"""GroupCommit: concurrent saves share one transaction, and each returns only once that transaction committed.

One writer commits batches one after another. A save joins the batch being formed and waits for its commit;
the batch is formed while the previous commit runs, so under concurrency many saves pay for one commit, and a
lone save is committed at once (nothing waits for company). Saves of the same key within one batch are
coalesced: the newest value is written, and everyone who saved that key is answered by its commit.

``submit`` queues a value without waiting, for a value that a later, waited save of the same key will
supersede (an A2A task's intermediate working updates). It does not start a commit of its own: it rides with
the next save's commit, or is committed after ``submit_delay`` seconds when no save comes, so a value superseded
within that time costs nothing. A failed commit fails every waiting ``save`` of that batch with
``StorageError`` and is logged; nothing is retried behind the caller's back or silently dropped. A submitted
value whose commit failed is superseded by its key's next save, which fails loudly if storage is still broken.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Hashable, Sequence
from typing import Generic, TypeVar

from agents.storage.errors import StorageError

log = logging.getLogger(__name__)

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class _Batch(Generic[K, V]):
    __slots__ = ("done", "values")

    def __init__(self) -> None:
        self.values: dict[K, V] = {}
        self.done: asyncio.Future[None] = asyncio.get_running_loop().create_future()


class GroupCommit(Generic[K, V]):
    """Commits values through ``commit`` (one transaction for a whole batch), one batch at a time."""

    def __init__(
        self, commit: Callable[[Sequence[V]], Awaitable[None]], *, what: str = "record", submit_delay: float = 0.05
    ) -> None:
        self._commit = commit
        self.what = what
        self.submit_delay = submit_delay
        self._forming: _Batch[K, V] | None = None
        self._committing: _Batch[K, V] | None = None
        self._writer: asyncio.Task[None] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._closed = False

    async def save(self, key: K, value: V) -> None:
        """Store ``value`` for ``key``; returns once it (or a newer value for ``key``) is committed."""
        done = self._enqueue(key, value)
        self._start()
        # Shielded: a caller that gives up (a client hanging up) must not cancel the batch for everyone else.
        await asyncio.shield(done)

    def submit(self, key: K, value: V) -> None:
        """Queue ``value`` for the next batch without waiting; a later ``save`` of ``key`` supersedes it."""
        self._enqueue(key, value)
        if self._writer is None and self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self.submit_delay, self._start)

    def discard(self, key: K) -> None:
        """Forget a value of ``key`` that is queued and not yet committing."""
        if self._forming is not None:
            self._forming.values.pop(key, None)

    async def flush(self) -> None:
        """Wait until everything saved or submitted so far is committed; raises if that commit failed."""
        self._start()
        latest = self._forming or self._committing
        if latest is not None:
            await asyncio.shield(latest.done)

    async def aclose(self) -> None:
        """Refuse new saves and wait for the ones already made."""
        self._closed = True
        await self.flush()

    def _enqueue(self, key: K, value: V) -> asyncio.Future[None]:
        if self._closed:
            raise StorageError(f"the {self.what} store is closed")
        if self._forming is None:
            self._forming = _Batch()
        self._forming.values[key] = value
        return self._forming.done

    def _start(self) -> None:
        """Start the writer for the batch being formed, unless it is running (it takes that batch next)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._writer is None and self._forming is not None:
            self._writer = asyncio.get_running_loop().create_task(self._write_batches())

    async def _write_batches(self) -> None:
        try:
            while self._forming is not None:
                batch, self._forming = self._forming, None
                self._committing = batch
                if batch.values:  # every value may have been discarded
                    await self._commit_one(batch)
                elif not batch.done.done():
                    batch.done.set_result(None)
                self._committing = None
        finally:
            self._writer = None
            for left in (self._committing, self._forming):  # only when the writer itself was cancelled
                if left is not None and not left.done.done():
                    left.done.set_exception(StorageError(f"the {self.what} store stopped before committing"))
                    left.done.exception()
            self._committing = self._forming = None

    async def _commit_one(self, batch: _Batch[K, V]) -> None:
        try:
            await self._commit(list(batch.values.values()))
        except Exception as exc:
            log.error("could not commit %d %s value(s)", len(batch.values), self.what, exc_info=exc)
            error = StorageError(f"could not store the {self.what}, so it was not acknowledged")
            error.__cause__ = exc
            batch.done.set_exception(error)
            batch.done.exception()  # marked as seen here; every waiting save still raises it
        else:
            batch.done.set_result(None)
