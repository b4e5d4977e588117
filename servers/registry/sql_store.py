"""``SqlRegistryStore``: the registry's store on SQLite or PostgreSQL, one SQLAlchemy Core code path for both.

Skill keys and tags live in their own tables keyed by (key, agent), so a filter is an index range scan in name
order, also the cursor order. Each agent's document embedding is stored with it, so a restart rebuilds the search
index without re-encoding anything.

Several registry processes may share one database (replicas behind a load balancer). Each keeps its reads in
memory, so each must learn of the others' writes: every write appends the names it changed to a change log,
numbered by a one-row counter that the write increments in its own transaction (see ``changes``).

The summaries of their last hour that agents send with their heartbeats (``activity``) are kept per agent and
per replica of the agent, and read from the database whenever the page is drawn, so every registry replica
draws the same charts without mirroring them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Double,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import Row
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from sqlalchemy.sql import ColumnElement, Select

from agents.storage import database_url as shared_database_url
from agents.storage import open_engine
from servers.registry.store import (
    ACTIVITY_KEPT_S,
    MAX_INSTANCES,
    Activity,
    ChangeFeed,
    IndexedAgent,
    Listing,
    RegistryStore,
    StoredAgent,
)

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
# The change log. ``registry_version`` holds one row: each write increments it in its own transaction, and
# the row lock it takes serialises the writers, so versions are handed out in commit order and a reader
# polling "version > last" sees a prefix of the history with no holes (a plain sequence would not: a later
# number can commit before an earlier one).
changes_log = Table(
    "registry_changes",
    metadata,
    Column("version", BigInteger, primary_key=True, autoincrement=False),
    Column("name", String(255), primary_key=True),
    Column("kind", String(8), nullable=False),  # put | touch | delete
)
activity_table = Table(
    "registry_activity",
    metadata,
    Column("name", String(255), primary_key=True),
    Column("instance", String(32), primary_key=True),
    Column("summary", Text, nullable=False),
    Column("updated_at", Double, nullable=False),
)
version_counter = Table(
    "registry_version",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("version", BigInteger, nullable=False),
)
KEEP_CHANGES = 100_000
"""Versions kept in the log; a replica further behind than this reloads everything."""
MAX_FEED = 10_000
"""Changes read in one poll; more than this and reloading everything is cheaper."""
EVICTION_LOCK = int.from_bytes(b"accordrg", "big")
"""The PostgreSQL advisory lock that lets one registry process at a time evict."""

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
        self._clock_sql = text("SELECT 0")

    @property
    def engine(self) -> AsyncEngine:
        if self._engine is None:
            raise RuntimeError("the registry store is not open")
        return self._engine

    async def open(self) -> None:
        if self._engine is not None:
            return
        engine = open_engine(self.url)
        try:
            async with engine.begin() as conn:
                await conn.run_sync(metadata.create_all)
        except IntegrityError:  # another replica created the tables at the same moment: they exist now
            pass
        try:
            async with engine.begin() as conn:
                if (await conn.execute(select(version_counter.c.id))).first() is None:
                    await conn.execute(insert(version_counter).values(id=1, version=0))
        except IntegrityError:  # another replica made the counter first
            pass
        self._engine = engine
        self._clock_sql = text(
            "SELECT extract(epoch FROM clock_timestamp())::float8"
            if engine.dialect.name == "postgresql"
            else "SELECT (julianday('now') - 2440587.5) * 86400.0"
        )

    async def close(self) -> None:
        if self._engine is not None:
            engine, self._engine = self._engine, None
            await engine.dispose()

    async def put(
        self,
        agent: StoredAgent,
        *,
        document: str,
        vector: bytes | None,
        skills: Iterable[str],
        tags: Iterable[str],
    ) -> None:
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
                    await _log(conn, [agent.name], "put")
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

    async def touch(self, name: str, now: float, activity: Activity | None = None) -> StoredAgent | None:
        async with self.engine.begin() as conn:
            changed = await conn.execute(update(agents).where(agents.c.name == name).values(last_seen=now))
            if changed.rowcount == 0:
                return None
            row = (await conn.execute(select(*_RECORD).where(agents.c.name == name))).one()
            if activity is not None:
                await _keep_activity(conn, name, activity, now)
            await _log(conn, [name], "touch")
        return _agent(row)

    async def activities(self, names: Sequence[str], since: float) -> dict[str, list[str]]:
        if not names:
            return {}
        query = (
            select(activity_table.c.name, activity_table.c.summary)
            .where(activity_table.c.name.in_(list(names)), activity_table.c.updated_at >= since)
            .order_by(activity_table.c.name, activity_table.c.updated_at.desc())
        )
        found: dict[str, list[str]] = {}
        async with self.engine.connect() as conn:
            for row in (await conn.execute(query)).all():
                kept = found.setdefault(row.name, [])
                if len(kept) < MAX_INSTANCES:
                    kept.append(row.summary)
        return found

    async def delete(self, name: str) -> bool:
        async with self.engine.begin() as conn:
            await conn.execute(delete(activity_table).where(activity_table.c.name == name))
            await conn.execute(delete(agent_skills).where(agent_skills.c.name == name))
            await conn.execute(delete(agent_tags).where(agent_tags.c.name == name))
            if (await conn.execute(delete(agents).where(agents.c.name == name))).rowcount == 0:
                return False
            await _log(conn, [name], "delete")
            return True

    def _select(
        self, columns: Sequence[ColumnElement[Any]], listing: Listing
    ) -> tuple[Select[Any], ColumnElement[str]]:
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

    async def indexed(self, names: Sequence[str] | None = None) -> list[IndexedAgent]:
        query = select(agents.c.name, agents.c.document, agents.c.vector)
        if names is not None:
            if not names:
                return []
            query = query.where(agents.c.name.in_(list(names)))
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [IndexedAgent(row.name, row.document, row.vector) for row in rows]

    async def set_vectors(self, vectors: dict[str, bytes]) -> None:
        async with self.engine.begin() as conn:
            for name, vector in vectors.items():
                await conn.execute(update(agents).where(agents.c.name == name).values(vector=vector))

    async def evict(self, seen_before: float) -> list[str]:
        async with self.engine.begin() as conn:
            # One evictor at a time on PostgreSQL; SQLite's single writer already serialises this transaction.
            if conn.dialect.name == "postgresql":
                held = await conn.execute(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": EVICTION_LOCK})
                if not held.scalar_one():
                    return []
            names = list((await conn.execute(select(agents.c.name).where(agents.c.last_seen < seen_before))).scalars())
            if names:
                await conn.execute(delete(activity_table).where(activity_table.c.name.in_(names)))
                await conn.execute(delete(agent_skills).where(agent_skills.c.name.in_(names)))
                await conn.execute(delete(agent_tags).where(agent_tags.c.name.in_(names)))
                await conn.execute(delete(agents).where(agents.c.name.in_(names)))
                await _log(conn, names, "delete")
            latest = (await conn.execute(select(version_counter.c.version))).scalar_one()
            await conn.execute(delete(changes_log).where(changes_log.c.version <= latest - KEEP_CHANGES))
        return names

    async def last_seen(self, names: Sequence[str]) -> dict[str, float]:
        if not names:
            return {}
        async with self.engine.connect() as conn:
            query = select(agents.c.name, agents.c.last_seen).where(agents.c.name.in_(list(names)))
            return {row.name: row.last_seen for row in (await conn.execute(query)).all()}

    async def head(self) -> ChangeFeed:
        async with self.engine.connect() as conn:
            clock = float((await conn.execute(self._clock_sql)).scalar_one())
            return ChangeFeed((await conn.execute(select(version_counter.c.version))).scalar_one(), clock)

    async def changes(self, after: int) -> ChangeFeed:
        async with self.engine.connect() as conn:
            clock = float((await conn.execute(self._clock_sql)).scalar_one())
            latest = (await conn.execute(select(version_counter.c.version))).scalar_one()
            if latest == after:
                return ChangeFeed(latest, clock)
            # Bounded by ``latest``: a write committed after the counter was read waits for the next poll.
            query = (
                select(changes_log.c.version, changes_log.c.name, changes_log.c.kind)
                .where(changes_log.c.version > after, changes_log.c.version <= latest)
                .order_by(changes_log.c.version)
                .limit(MAX_FEED + 1)
            )
            rows: Sequence[Row[Any, Any, Any]] = (await conn.execute(query)).all() if latest > after else []
        if not rows or rows[0].version != after + 1 or len(rows) > MAX_FEED:
            return ChangeFeed(latest, clock, complete=False)
        changed = {row.name for row in rows if row.kind != "touch"}
        touched = {row.name for row in rows if row.kind == "touch"} - changed
        return ChangeFeed(latest, clock, frozenset(changed), frozenset(touched))


async def _keep_activity(conn: AsyncConnection, name: str, kept: Activity, now: float) -> None:
    """``kept`` as its replica's latest summary; summaries no heartbeat renewed for the window are dropped."""
    table = activity_table
    await conn.execute(delete(table).where(table.c.name == name, table.c.updated_at < now - ACTIVITY_KEPT_S))
    mine = (table.c.name == name) & (table.c.instance == kept.instance)
    values = {"summary": kept.summary, "updated_at": now}
    if (await conn.execute(update(table).where(mine).values(**values))).rowcount == 0:
        await conn.execute(insert(table).values(name=name, instance=kept.instance, **values))
        # a new replica: past MAX_INSTANCES, the longest silent go (the rows per agent stay bounded)
        newest = select(table.c.instance).where(table.c.name == name).order_by(table.c.updated_at.desc())
        stale = list((await conn.execute(newest.offset(MAX_INSTANCES))).scalars())
        if stale:
            await conn.execute(delete(table).where(table.c.name == name, table.c.instance.in_(stale)))


async def _log(conn: AsyncConnection, names: Sequence[str], kind: str) -> None:
    """Record, in the writer's transaction, that ``names`` changed: one new version for the whole write."""
    bumped = update(version_counter).values(version=version_counter.c.version + 1).returning(version_counter.c.version)
    version = (await conn.execute(bumped)).scalar_one()
    await conn.execute(insert(changes_log), [{"version": version, "name": n, "kind": kind} for n in names])


def _agent(row: Any) -> StoredAgent:
    return StoredAgent(
        name=row.name,
        card_url=row.card_url,
        origin=row.origin,
        card=json.loads(row.card),
        registered_at=row.registered_at,
        last_seen=row.last_seen,
    )
