"""What the registry keeps of its agents: the abstract ``RegistryStore``, the values it reads and writes, and the
policy limits every implementation keeps. ``SqlRegistryStore`` (``servers.registry.sql_store``) is the one
implementation, for SQLite and PostgreSQL.

Times are UNIX seconds (floats) on the database's clock; status is derived from ``last_seen`` by the liveness
policy, never stored. Several registry processes may share one store (replicas behind a load balancer), so a
store reports what changed after a version (``changes``) for each to bring its in-memory reads up to date.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

ACTIVITY_KEPT_S = 3900.0
"""How long an agent replica's summary is kept after its last heartbeat: the hour it covers, and a bucket."""
MAX_INSTANCES = 32
"""Replicas of one agent whose summaries are added up on the page."""


@dataclass(frozen=True, slots=True)
class StoredAgent:
    name: str
    card_url: str | None
    origin: str
    card: dict[str, Any]
    registered_at: float
    last_seen: float


@dataclass(frozen=True, slots=True)
class Activity:
    """One replica of an agent's summary of its last hour (canonical JSON text), as its heartbeat sent it."""

    instance: str
    summary: str


@dataclass(frozen=True, slots=True)
class Listing:
    """What a list selects: every given filter holds; ``seen_after``/``seen_before`` bound last_seen."""

    skill: str | None = None
    tag: str | None = None
    seen_after: float | None = None
    seen_before: float | None = None


@dataclass(frozen=True, slots=True)
class IndexedAgent:
    name: str
    document: str
    vector: bytes | None


@dataclass(frozen=True, slots=True)
class ChangeFeed:
    """What changed in the store after a version: ``changed`` names must be read again (registered, replaced or
    removed), ``touched`` names only had a heartbeat. ``version`` is the newest version the feed reaches and
    ``clock`` the database's clock when it was read. ``complete`` is false when the log no longer reaches back
    to the version asked for (a replica that fell far behind): the reader must reload everything."""

    version: int
    clock: float
    changed: frozenset[str] = frozenset()
    touched: frozenset[str] = frozenset()
    complete: bool = True


class RegistryStore(abc.ABC):
    """The registry's persistence. Implementations must survive a restart with nothing lost."""

    async def open(self) -> None:  # noqa: B027 - optional hook
        """Create tables and connect; called once from the app's lifespan."""

    async def close(self) -> None:  # noqa: B027 - optional hook
        pass

    @abc.abstractmethod
    async def put(
        self,
        agent: StoredAgent,
        *,
        document: str,
        vector: bytes | None,
        skills: Iterable[str],
        tags: Iterable[str],
    ) -> None:
        """Insert or replace the agent and its skill keys and tags, atomically."""

    @abc.abstractmethod
    async def get(self, name: str) -> StoredAgent | None: ...

    @abc.abstractmethod
    async def get_many(self, names: Sequence[str]) -> list[StoredAgent]:
        """The agents that exist among ``names``, in the order given."""

    @abc.abstractmethod
    async def touch(self, name: str, now: float, activity: Activity | None = None) -> StoredAgent | None:
        """Set ``last_seen`` (and keep ``activity`` as that replica's latest, forgetting summaries older than
        ``ACTIVITY_KEPT_S``), atomically; ``None`` when unknown."""

    @abc.abstractmethod
    async def activities(self, names: Sequence[str], since: float) -> dict[str, list[str]]:
        """The summaries kept since ``since`` for each agent among ``names`` that has one (at most
        ``MAX_INSTANCES`` per agent, the newest)."""

    @abc.abstractmethod
    async def delete(self, name: str) -> bool: ...

    @abc.abstractmethod
    async def list(self, listing: Listing, after: str | None, limit: int) -> list[StoredAgent]:
        """Up to ``limit`` agents in name order with names greater than ``after``."""

    @abc.abstractmethod
    async def names(self, listing: Listing) -> set[str]:
        """Every agent name that passes ``listing``."""

    @abc.abstractmethod
    async def all(self) -> list[StoredAgent]:
        """Every agent, in name order."""

    @abc.abstractmethod
    async def indexed(self, names: Sequence[str] | None = None) -> list[IndexedAgent]:
        """The search document and stored embedding of every agent (or of those among ``names``)."""

    @abc.abstractmethod
    async def set_vectors(self, vectors: dict[str, bytes]) -> None: ...

    @abc.abstractmethod
    async def evict(self, seen_before: float) -> list[str]:
        """Remove the agents last seen before ``seen_before``; returns their names.

        Processes sharing the store evict one at a time: while one is evicting, another's call returns ``[]``.
        """

    @abc.abstractmethod
    async def last_seen(self, names: Sequence[str]) -> dict[str, float]:
        """When each agent among ``names`` that exists was last seen."""

    @abc.abstractmethod
    async def head(self) -> ChangeFeed:
        """The newest version and the database's clock, with no changes: where a full load starts from."""

    @abc.abstractmethod
    async def changes(self, after: int) -> ChangeFeed:
        """The writes committed after version ``after`` (0: before the first), by any process sharing the store.

        Versions are assigned in commit order, so a reader that remembers the feed's ``version`` and asks again
        from it misses nothing and sees every write at most a poll late.
        """
