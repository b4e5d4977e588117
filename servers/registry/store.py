"""Where the registry keeps its agents: the abstract ``RegistryStore`` and ``SqlRegistryStore``.

SQLite and PostgreSQL share one SQLAlchemy Core code path. Skill keys and tags live in their own tables keyed
by (key, agent), so a filter is an index range scan in name order, also the cursor order. Each agent's
document embedding is stored with it, so a restart rebuilds the search index without re-encoding anything.
Times are UNIX seconds (floats); status is derived from ``last_seen`` by the liveness policy, never stored.
"""

from __future__ import annotations

import abc
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Double,
    Index,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from agents.storage import database_url as shared_database_url
from agents.storage import open_engine


@dataclass(frozen=True, slots=True)
class StoredAgent:
    name: str
    card_url: str | None
    origin: str
    card: dict[str, Any]
    registered_at: float
    last_seen: float


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
    async def touch(self, name: str, now: float) -> StoredAgent | None:
        """Set ``last_seen``; ``None`` when unknown."""

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
    async def indexed(self) -> list[IndexedAgent]:
        """Every agent's search document and stored embedding, to rebuild the search index."""

    @abc.abstractmethod
    async def set_vectors(self, vectors: dict[str, bytes]) -> None: ...

    @abc.abstractmethod
    async def evict(self, seen_before: float) -> list[str]:
        """Remove the agents last seen before ``seen_before``; returns their names."""


metadata = MetaData()
agents = Table(
    "registry_agents",
    metadata,
    Column("name", String(255), primary_key=True),
    Column("card_url", Text, nullable=True),
    Column("origin", Text, nullable=False),
    Column("card", Text, nullable=False),
    Column("document", Text, nullable=False),
    Column("vector", LargeBinary, nullable=True),
    Column("registered_at", Double, nullable=False),
    Column("last_seen", Double, nullable=False),
    Index("registry_agents_last_seen", "last_seen"),
)
agent_skills = Table(
    "registry_agent_skills",
    metadata,
    Column("key", String(255), primary_key=True),
    Column("name", String(255), primary_key=True),
    Index("registry_agent_skills_name", "name"),
)
agent_tags = Table(
    "registry_agent_tags",
    metadata,
    Column("tag", String(255), primary_key=True),
    Column("name", String(255), primary_key=True),
    Index("registry_agent_tags_name", "name"),
)
_RECORD = (
    agents.c.name,
    agents.c.card_url,
    agents.c.origin,
    agents.c.card,
    agents.c.registered_at,
    agents.c.last_seen,
)


def database_url(url: str | None, data_dir: Path) -> str:
    """The SQLAlchemy async URL for ``--db``; by default a SQLite file in the data dir."""
    return shared_database_url(url or data_dir / "registry.db")


class SqlRegistryStore(RegistryStore):
    def __init__(self, url: str) -> None:
        self.url = url
        self._engine: AsyncEngine | None = None

    @property
    def engine(self) -> AsyncEngine:
        if self._engine is None:
            raise RuntimeError("the registry store is not open")
        return self._engine

    async def open(self) -> None:
        if self._engine is not None:
            return
        engine = open_engine(self.url)
        async with engine.begin() as conn:
            await conn.run_sync(metadata.create_all)
        self._engine = engine

    async def close(self) -> None:
        if self._engine is not None:
            engine, self._engine = self._engine, None
            await engine.dispose()

    async def put(self, agent, *, document, vector, skills, tags) -> None:
        row = {
            "card_url": agent.card_url,
            "origin": agent.origin,
            "card": json.dumps(agent.card, separators=(",", ":")),
            "document": document,
            "vector": vector,
            "registered_at": agent.registered_at,
            "last_seen": agent.last_seen,
        }
        for attempt in range(2):  # a concurrent first insert of the same name turns into an update
            try:
                async with self.engine.begin() as conn:
                    changed = await conn.execute(update(agents).where(agents.c.name == agent.name).values(**row))
                    if changed.rowcount == 0:
                        await conn.execute(insert(agents).values(name=agent.name, **row))
                    await conn.execute(delete(agent_skills).where(agent_skills.c.name == agent.name))
                    await conn.execute(delete(agent_tags).where(agent_tags.c.name == agent.name))
                    if keys := sorted(set(skills)):
                        await conn.execute(insert(agent_skills), [{"key": k, "name": agent.name} for k in keys])
                    if labels := sorted(set(tags)):
                        await conn.execute(insert(agent_tags), [{"tag": t, "name": agent.name} for t in labels])
                return
            except IntegrityError:
                if attempt:
                    raise

    async def get(self, name: str) -> StoredAgent | None:
        found = await self.get_many([name])
        return found[0] if found else None

    async def get_many(self, names: Sequence[str]) -> list[StoredAgent]:
        if not names:
            return []
        async with self.engine.connect() as conn:
            rows = (await conn.execute(select(*_RECORD).where(agents.c.name.in_(list(names))))).all()
        by_name = {row.name: _agent(row) for row in rows}
        return [by_name[n] for n in names if n in by_name]

    async def touch(self, name: str, now: float) -> StoredAgent | None:
        async with self.engine.begin() as conn:
            changed = await conn.execute(update(agents).where(agents.c.name == name).values(last_seen=now))
            if changed.rowcount == 0:
                return None
            row = (await conn.execute(select(*_RECORD).where(agents.c.name == name))).one()
        return _agent(row)

    async def delete(self, name: str) -> bool:
        async with self.engine.begin() as conn:
            await conn.execute(delete(agent_skills).where(agent_skills.c.name == name))
            await conn.execute(delete(agent_tags).where(agent_tags.c.name == name))
            return (await conn.execute(delete(agents).where(agents.c.name == name))).rowcount > 0

    def _select(self, columns, listing: Listing):
        query = select(*columns)
        source = agents
        name = agents.c.name
        if listing.skill is not None:
            # Drive the query from the (key, name) index: already in name order, the cursor order.
            source = agent_skills.join(agents, agents.c.name == agent_skills.c.name)
            name = agent_skills.c.name
            query = query.where(agent_skills.c.key == listing.skill.lower())
        if listing.tag is not None:
            if listing.skill is None:
                source = agent_tags.join(agents, agents.c.name == agent_tags.c.name)
                name = agent_tags.c.name
            else:
                source = source.join(agent_tags, agent_tags.c.name == agents.c.name)
            query = query.where(agent_tags.c.tag == listing.tag.lower())
        if listing.seen_after is not None:
            query = query.where(agents.c.last_seen >= listing.seen_after)
        if listing.seen_before is not None:
            query = query.where(agents.c.last_seen < listing.seen_before)
        return query.select_from(source), name

    async def list(self, listing: Listing, after: str | None, limit: int) -> list[StoredAgent]:
        query, name = self._select(_RECORD, listing)
        if after is not None:
            query = query.where(name > after)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query.order_by(name).limit(limit))).all()
        return [_agent(row) for row in rows]

    async def names(self, listing: Listing) -> set[str]:
        query, _ = self._select([agents.c.name], listing)
        async with self.engine.connect() as conn:
            return set((await conn.execute(query)).scalars())

    async def all(self) -> list[StoredAgent]:
        async with self.engine.connect() as conn:
            rows = (await conn.execute(select(*_RECORD).order_by(agents.c.name))).all()
        return [_agent(row) for row in rows]

    async def indexed(self) -> list[IndexedAgent]:
        async with self.engine.connect() as conn:
            rows = (await conn.execute(select(agents.c.name, agents.c.document, agents.c.vector))).all()
        return [IndexedAgent(row.name, row.document, row.vector) for row in rows]

    async def set_vectors(self, vectors: dict[str, bytes]) -> None:
        async with self.engine.begin() as conn:
            for name, vector in vectors.items():
                await conn.execute(update(agents).where(agents.c.name == name).values(vector=vector))

    async def evict(self, seen_before: float) -> list[str]:
        async with self.engine.begin() as conn:
            names = list((await conn.execute(select(agents.c.name).where(agents.c.last_seen < seen_before))).scalars())
            if names:
                await conn.execute(delete(agent_skills).where(agent_skills.c.name.in_(names)))
                await conn.execute(delete(agent_tags).where(agent_tags.c.name.in_(names)))
                await conn.execute(delete(agents).where(agents.c.name.in_(names)))
        return names


def _agent(row: Any) -> StoredAgent:
    return StoredAgent(
        name=row.name,
        card_url=row.card_url,
        origin=row.origin,
        card=json.loads(row.card),
        registered_at=row.registered_at,
        last_seen=row.last_seen,
    )
