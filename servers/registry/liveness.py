"""Liveness: heartbeats keep an agent ``up``; silence makes it ``down``, then gone.

Status is a pure function of ``last_seen`` and the clock, so it is never stale in storage and a restarted
registry agrees with the one before it. Only eviction writes: a sweeper removes agents silent for ``ttl``.
Replicas sharing a database judge by the database's clock (``Directory.now``), so they agree with each other.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal

import anyio

log = logging.getLogger(__name__)

Status = Literal["up", "down"]


@dataclass(frozen=True, slots=True)
class Liveness:
    """``heartbeat_interval`` is what agents are asked to keep; ``missed`` intervals of silence mean down."""

    heartbeat_interval: float = 10.0
    missed: int = 3
    ttl: float = 3600.0

    def __post_init__(self) -> None:
        if self.heartbeat_interval <= 0 or self.missed < 1 or self.ttl <= 0:
            raise ValueError("heartbeat_interval and ttl must be positive and missed at least 1")

    @property
    def down_after(self) -> float:
        return self.heartbeat_interval * self.missed

    @property
    def sweep_every(self) -> float:
        return max(0.05, min(self.heartbeat_interval, self.ttl / 4))

    def status(self, last_seen: float, now: float | None = None) -> Status:
        now = time.time() if now is None else now
        return "up" if now - last_seen <= self.down_after else "down"

    def up_since(self, now: float) -> float:
        """The oldest ``last_seen`` that still counts as up at ``now``."""
        return now - self.down_after

    def expired_before(self, now: float) -> float:
        return now - self.ttl


async def sweep_forever(
    liveness: Liveness,
    evict: Callable[[float], Awaitable[list[str]]],
    clock: Callable[[], float] = time.time,
) -> None:
    """Call ``evict(cutoff)`` every ``sweep_every`` seconds until cancelled; a failed sweep is retried.

    ``clock`` must be the one ``last_seen`` is written on (``Directory.now`` for a registry).
    """
    while True:
        try:
            removed = await evict(liveness.expired_before(clock()))
            if removed:
                log.info("evicted %d silent agent(s): %s", len(removed), ", ".join(sorted(removed)))
        except Exception:  # a database hiccup must not end the sweeper
            log.exception("registry eviction sweep failed; retrying")
        await anyio.sleep(liveness.sweep_every)
