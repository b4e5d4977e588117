"""WriteBehind: saves that do not wait for the disk, shared by the run store and the A2A task store.

``put`` records the newest value for a key and returns; one background writer persists values in the order
their keys were last put, coalescing repeated puts of the same key into one write. A value stays readable
(``pending``) until it is written. When callers put faster than the writer writes, ``put`` waits once the
backlog passes ``max_backlog`` (back-pressure), so neither memory nor the time to drain at shutdown grows without
bound. ``flush`` waits for everything put so far. A failed write is logged and the value is dropped from the
queue: the key's next put writes again.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

log = logging.getLogger(__name__)

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class WriteBehind(Generic[K, V]):
    def __init__(self, write: Callable[[V], Awaitable[None]], *, max_backlog: int = 256, what: str = "record") -> None:
        self._write_one = write
        self.max_backlog = max_backlog
        self.what = what
        self._pending: OrderedDict[K, V] = OrderedDict()
        self._idle = asyncio.Event()
        self._idle.set()
        self._room = asyncio.Event()  # set while the backlog is at most max_backlog
        self._room.set()
        self._writer: asyncio.Task[None] | None = None

    def pending(self, key: K) -> V | None:
        """The value put for ``key`` that is not written yet, if any."""
        return self._pending.get(key)

    def is_pending(self, key: K) -> bool:
        return key in self._pending

    def discard(self, key: K) -> None:
        self._pending.pop(key, None)

    async def put(self, key: K, value: V) -> None:
        self._pending[key] = value
        self._pending.move_to_end(key)
        self._idle.clear()
        if self._writer is None or self._writer.done():
            self._writer = asyncio.get_running_loop().create_task(self._drain())
        if len(self._pending) > self.max_backlog:
            self._room.clear()
            await self._room.wait()

    async def flush(self) -> None:
        """Wait until every value put so far is written."""
        await self._idle.wait()

    async def _drain(self) -> None:
        while self._pending:
            key, value = next(iter(self._pending.items()))
            try:
                await self._write_one(value)
            except Exception:  # serve from memory; the key's next put writes again
                log.exception("could not persist %s %s", self.what, key)
            if self._pending.get(key) is value:
                del self._pending[key]
            if len(self._pending) <= self.max_backlog:
                self._room.set()
        self._room.set()
        self._idle.set()
