"""Leases: which replica is working on a key (an A2A task, a run) and until when, kept in the shared database.

A replica takes a lease before it works on a key and renews it while it works (``LeaseKeeper``: one statement
per renewal for every key the process holds); it deletes the lease when the work ends, or when the work's results
are in if they land after it returns (``Held.settle``: work whose results are still on their way to the store
is not done, and a replica that dies then must leave it to another). A replica that dies stops
renewing, so its leases expire, and another replica takes each over (``take_over``): the update that takes it
matches only an expired lease, so exactly one replica wins it and resumes the work. Time is the database's
clock, never a replica's own, so replicas whose clocks disagree still agree on which lease has expired.

A replica that cannot renew a lease in time (cut off from the database, stalled) may find it taken over: its
keeper then cancels the work it was doing under that lease, so the key is worked on by one replica at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections import OrderedDict
from collections.abc import AsyncGenerator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from agents.errors import AccordError
from agents.storage.errors import reading
from agents.storage.migrations import create_table, migrate

log = logging.getLogger(__name__)

DEFAULT_LEASE_S = 15.0

UNSAVED_KEPT = 10_000


class LeaseTaken(AccordError):
    """Another replica holds a live lease on the key."""


@dataclass(frozen=True, slots=True)
class Expired:
    """A lease whose holder stopped renewing it: the work on ``key`` (for ``owner``) is for another to resume."""

    key: str
    owner: str


def replica_id() -> str:
    """A name for this process among the replicas: unique per start, so a restarted replica is a new holder."""
    return uuid.uuid4().hex


class Leases:
    """The leases of one ``scope`` (an agent's tasks, an orchestrator's runs) in the table ``accord_leases``."""

    def __init__(
        self, engine: AsyncEngine, scope: str, *, holder: str | None = None, seconds: float = DEFAULT_LEASE_S
    ) -> None:
        if seconds <= 0:
            raise ValueError("a lease must last more than 0 seconds")
        self.engine = engine
        # Every lease operation is one statement, atomic on its own: run without a transaction around it, it
        # is one round trip to the database instead of three (BEGIN, the statement, COMMIT).
        self._single = engine.execution_options(isolation_level="AUTOCOMMIT")
        self.scope = scope
        self.holder = holder or replica_id()
        self.seconds = seconds
        self.table = sa.Table(
            "accord_leases",
            sa.MetaData(),
            sa.Column("scope", sa.String(200), primary_key=True),
            sa.Column("key", sa.String(200), primary_key=True),
            sa.Column("owner", sa.String(200), nullable=False, server_default=""),
            sa.Column("holder", sa.String(64), nullable=False),
            sa.Column("expires_at", sa.Float, nullable=False, index=True),
        )
        t = self.table
        self._acquire: Any = None
        mine = (t.c.scope == sa.bindparam("l_scope"), t.c.key == sa.bindparam("l_key"))
        self._release = sa.delete(t).where(*mine, t.c.holder == sa.bindparam("l_holder"))

    async def open(self) -> None:
        """Create the table (``agents.storage.migrations``): at start-up."""
        await migrate(self.engine, "leases", [create_table(self.table)])

    def _now(self) -> Any:
        """The database's clock, in seconds since the epoch."""
        if self.engine.dialect.name == "postgresql":
            return sa.cast(sa.func.extract("epoch", sa.func.clock_timestamp()), sa.Float)
        return (sa.func.julianday("now") - 2440587.5) * 86400.0

    def _acquiring(self) -> Any:
        """The statement that takes a lease (built once: building it cost more than running it)."""
        if self._acquire is None:
            t = self.table
            if self.engine.dialect.name == "postgresql":
                from sqlalchemy.dialects.postgresql import insert
            else:
                from sqlalchemy.dialects.sqlite import insert
            holder = sa.bindparam("l_holder", type_=t.c.holder.type)
            statement = insert(t).values(
                scope=sa.bindparam("l_scope", type_=t.c.scope.type),
                key=sa.bindparam("l_key", type_=t.c.key.type),
                owner=sa.bindparam("l_owner", type_=t.c.owner.type),
                holder=holder,
                expires_at=self._now() + sa.bindparam("l_seconds", type_=sa.Float()),
            )
            self._acquire = statement.on_conflict_do_update(
                index_elements=[t.c.scope, t.c.key],
                set_={k: statement.excluded[k] for k in ("owner", "holder", "expires_at")},
                where=sa.or_(t.c.holder == holder, t.c.expires_at < self._now()),
            ).returning(t.c.key)
        return self._acquire

    def taken_with(self, source: Any) -> Any:
        """The insert that takes the lease on ``l_key`` (for ``l_owner``) once per row of ``source`` (a CTE of
        another statement), as ``acquire`` would: for a key whose first write takes its lease in that write."""
        t = self.table
        columns = ["scope", "key", "owner", "holder", "expires_at"]
        if self.engine.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        holder = sa.bindparam("l_holder", type_=t.c.holder.type)
        values = sa.select(
            sa.bindparam("l_scope", type_=t.c.scope.type),
            sa.bindparam("l_key", type_=t.c.key.type),
            sa.bindparam("l_owner", type_=t.c.owner.type),
            holder,
            self._now() + sa.bindparam("l_seconds", type_=sa.Float()),
        ).select_from(source)
        statement = insert(t).from_select(columns, values)
        return statement.on_conflict_do_update(
            index_elements=[t.c.scope, t.c.key],
            set_={k: statement.excluded[k] for k in ("owner", "holder", "expires_at")},
            where=sa.or_(t.c.holder == holder, t.c.expires_at < self._now()),
        )

    def released_with(self, source: Any) -> Any:
        """The delete that ends this replica's lease on ``l_key`` when ``source`` (a CTE of another statement) has
        a row, as ``release`` would: for work whose last write is what makes the lease needless."""
        t = self.table
        mine = (t.c.scope == sa.bindparam("l_scope"), t.c.key == sa.bindparam("l_key"))
        return sa.delete(t).where(*mine, t.c.holder == sa.bindparam("l_holder"), sa.exists().select_from(source))

    def taking(self, key: str, owner: str) -> dict[str, Any]:
        """The parameters of ``taken_with``'s (and ``released_with``'s) statement for ``key``."""
        values = {"l_scope": self.scope, "l_key": key, "l_owner": owner, "l_holder": self.holder}
        return {**values, "l_seconds": self.seconds}

    async def acquire(self, key: str, owner: str = "") -> None:
        """Hold the lease on ``key``: a new one, one this replica holds, or an expired one; else ``LeaseTaken``."""
        values = {"l_scope": self.scope, "l_key": key, "l_owner": owner, "l_holder": self.holder}
        with reading("lease"):
            async with self._single.connect() as conn:
                taken = (await conn.execute(self._acquiring(), {**values, "l_seconds": self.seconds})).first()
        if taken is None:
            raise LeaseTaken(f"another replica is working on {key}")

    async def renew(self, keys: list[str]) -> set[str]:
        """Extend this replica's leases on ``keys``; returns those it still held (the others were taken over)."""
        if not keys:
            return set()
        t = self.table
        statement = (
            sa.update(t)
            .where(t.c.scope == self.scope, t.c.key.in_(keys), t.c.holder == self.holder)
            .values(expires_at=self._now() + self.seconds)
            .returning(t.c.key)
        )
        with reading("leases"):
            async with self._single.connect() as conn:
                return {row.key for row in await conn.execute(statement)}

    async def release(self, key: str) -> None:
        """End this replica's lease on ``key`` (the work is done); a lease another replica took is left alone."""
        with reading("lease"):
            async with self._single.connect() as conn:
                await conn.execute(self._release, {"l_scope": self.scope, "l_key": key, "l_holder": self.holder})

    async def hand_off(self, key: str) -> None:
        """End this replica's lease on ``key`` as expired: the work stopped unfinished, for another to resume."""
        t = self.table
        with reading("lease"):
            async with self._single.connect() as conn:
                mine = sa.and_(t.c.scope == self.scope, t.c.key == key, t.c.holder == self.holder)
                await conn.execute(sa.update(t).where(mine).values(expires_at=0.0))

    async def expired(self, limit: int = 16) -> list[Expired]:
        """Leases of this scope whose holder stopped renewing them, oldest first."""
        t = self.table
        query = (
            sa.select(t.c.key, t.c.owner)
            .where(t.c.scope == self.scope, t.c.expires_at < self._now())
            .order_by(t.c.expires_at)
            .limit(limit)
        )
        with reading("leases"):
            async with self._single.connect() as conn:
                return [Expired(row.key, row.owner) for row in await conn.execute(query)]

    async def take_over(self, key: str) -> bool:
        """Take the expired lease on ``key``; ``True`` for exactly one of the replicas that try at once."""
        t = self.table
        statement = (
            sa.update(t)
            .where(t.c.scope == self.scope, t.c.key == key, t.c.expires_at < self._now())
            .values(holder=self.holder, expires_at=self._now() + self.seconds)
            .returning(t.c.key)
        )
        with reading("lease"):
            async with self._single.connect() as conn:
                return (await conn.execute(statement)).first() is not None


@dataclass(slots=True)
class Held:
    """A lease being worked under (see ``LeaseKeeper.hold``).

    ``finished`` says whether the work got done. ``settle``, when set, is how to tell once the work's results
    are in: the lease is kept (and renewed) after the work returns until it answers, then released if it says
    finished, handed off if not.
    """

    finished: bool = True
    settle: Callable[[], Awaitable[bool]] | None = None


class LeaseKeeper:
    """Renews every lease this process holds, in one statement, a few times per lease period.

    ``hold`` is the way to work under a lease: it takes the lease, keeps it renewed, cancels the work if the
    lease is lost, and releases it when the work ends (or, with ``Held.settle``, once the work's results are
    in). Work cancelled here for another reason (the replica shutting down) hands its lease off, expired at
    once, so another replica resumes the work without waiting.
    """

    def __init__(self, leases: Leases) -> None:
        self.leases = leases
        self._held: dict[str, asyncio.Task[Any]] = {}  # key: the work under its lease, or what settles it
        self._settlers: set[asyncio.Task[None]] = set()
        self._lost: set[str] = set()
        self._unsaved: OrderedDict[str, str] = OrderedDict()  # key: owner, of leases its first save is to take
        self._releasing: set[str] = set()  # keys whose lease a save of the work's end deletes (or deleted)
        self._renewer: asyncio.Task[None] | None = None
        self._closed = False

    def holds(self, key: str) -> bool:
        """Whether work on ``key`` is going on in this process (or its results are on their way)."""
        return key in self._held

    def unsaved(self, key: str) -> str | None:
        """The owner of ``key`` when its lease is to be taken by its first save (``hold(first_save=True)``)."""
        return self._unsaved.get(key)

    def saved(self, key: str) -> None:
        """The first save of ``key`` committed, and with it the lease: it is renewed from now on."""
        self._unsaved.pop(key, None)

    def releasing(self, key: str) -> bool:
        """Whether the save that ends the work on ``key`` may delete its lease in the same statement: the key is
        held here, its lease taken. ``True`` counts on that save: say how it went with ``released``."""
        if key not in self._held or key in self._unsaved:
            return False
        self._releasing.add(key)
        return True

    def released(self, key: str, deleted: bool) -> None:
        """The save ``releasing`` allowed committed (``deleted``: the lease is gone), or failed (it is still there)."""
        if not deleted:
            self._releasing.discard(key)

    @contextlib.asynccontextmanager
    async def hold(self, key: str, owner: str = "", *, first_save: bool = False) -> AsyncGenerator[Held]:
        """Work on ``key`` under its lease (``LeaseTaken`` when another replica holds it).

        Set ``finished = False`` on what it yields when the work ended without finishing what the key stands for:
        the lease is then handed off, for another replica (or this one) to resume, instead of released. Set
        ``settle`` when the work's results land after it returns (see ``Held``).

        ``first_save``: ``key`` is new, made here a moment ago, so no other replica can hold its lease, and the
        key's first save takes it in the same statement (``unsaved`` tells that save; ``saved`` says it is
        done) instead of a statement of its own before the work starts. Nothing of the key is stored before its
        lease then, either. Work that ends before that save committed and does not release the lease hands it
        off as usual: the lease is taken for that, and the save still takes it when it lands later.
        """
        self._releasing.discard(key)
        if first_save:
            self._unsaved[key] = owner
            while len(self._unsaved) > UNSAVED_KEPT:  # work whose first save never came, long ago
                self._unsaved.popitem(last=False)
        else:
            await self.leases.acquire(key, owner)
        worker = asyncio.current_task()
        assert worker is not None
        previous = self._held.get(key)
        self._held[key] = worker
        if previous is not None and previous in self._settlers:  # the last work's results are in: no need to wait
            previous.cancel()
        self._start()
        held = Held()
        try:
            yield held
        except asyncio.CancelledError:
            if key in self._lost:
                self._lost.discard(key)  # another replica has it now: nothing of it is this replica's
                raise
            self._held.pop(key, None)
            with contextlib.suppress(Exception):  # not handed off, it expires in its time
                await self._hand_off(key, owner)
            raise
        finally:
            if self._held.get(key) is worker:
                if held.settle is not None and not self._closed:
                    self._held[key] = self._settle_later(key, held.settle, owner)
                else:
                    del self._held[key]
                    await self._end(key, held.finished and held.settle is None, owner)

    def _settle_later(self, key: str, settle: Callable[[], Awaitable[bool]], owner: str) -> asyncio.Task[None]:
        settler = asyncio.get_running_loop().create_task(self._settle(key, settle, owner))
        self._settlers.add(settler)
        settler.add_done_callback(self._settlers.discard)
        return settler

    async def _settle(self, key: str, settle: Callable[[], Awaitable[bool]], owner: str) -> None:
        me = asyncio.current_task()
        finished = False
        try:
            finished = await settle()
        except asyncio.CancelledError:  # the lease was lost, the next work on the key took it, or ``aclose``
            self._lost.discard(key)
            raise
        except Exception:
            log.warning("could not tell whether the work on %s got done: handing it off", key, exc_info=True)
        if self._held.get(key) is me:
            del self._held[key]
            await self._end(key, finished, owner)

    async def _end(self, key: str, finished: bool, owner: str) -> None:
        if key in self._releasing:  # the save of the work's end deleted the lease: the work is over
            self._releasing.discard(key)
            return
        with contextlib.suppress(Exception):  # unreleased, it expires: another replica finds how the work stands
            if finished:
                self._unsaved.pop(key, None)  # finished before any save: nothing was stored, no lease taken
                await self.leases.release(key)
            else:
                await self._hand_off(key, owner)

    async def _hand_off(self, key: str, owner: str) -> None:
        if key in self._unsaved:  # its first save may be on its way: the lease is taken to be handed off
            await self.leases.acquire(key, owner)
        await self.leases.hand_off(key)

    def _start(self) -> None:
        if self._renewer is None or self._renewer.done():
            self._renewer = asyncio.get_running_loop().create_task(self._renew_forever())

    async def _renew_forever(self) -> None:
        period = self.leases.seconds / 3
        while self._held:
            await asyncio.sleep(period)
            keys = list(self._held)
            try:
                kept = await self.leases.renew(keys)
            except Exception:  # the database is out of reach: try again; the lease lasts two more periods
                log.warning("could not renew %d lease(s)", len(keys), exc_info=True)
                continue
            for key in keys:
                if key in self._releasing:  # deleted, or being deleted, with the work's last save
                    continue
                if key in self._unsaved:  # no lease yet, unless the first save took it and was not told so
                    if key in kept:
                        self.saved(key)
                    continue
                if key not in kept and key in self._held:
                    log.warning("the lease on %s was taken over by another replica: stopping the work here", key)
                    self._lost.add(key)
                    self._held.pop(key).cancel()

    async def aclose(self) -> None:
        """Stop renewing; leases still settling are handed off (work still going on hands its own off)."""
        self._closed = True
        settling = [(key, work) for key, work in self._held.items() if work in self._settlers]
        for _, settler in settling:
            settler.cancel()
        # Every settler, the cancelled ones and those releasing their lease now: none outlives the keeper.
        await asyncio.gather(*self._settlers, return_exceptions=True)
        for key, settler in settling:  # resumed elsewhere without waiting
            if self._held.get(key) is settler:
                del self._held[key]
                await self._end(key, False, self._unsaved.get(key, ""))
        if self._renewer is not None:
            self._renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._renewer
