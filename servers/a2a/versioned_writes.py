"""VersionedWrites: a save of the SDK's versioned task store as one SQL statement on PostgreSQL.

``VersionedDatabaseTaskStore.save`` runs a transaction of six round trips through the ORM: BEGIN, the
compare-and-swap on ``task_versions``, ``session.merge`` (a SELECT of the task, then its INSERT or UPDATE),
the INSERT into ``task_events``, COMMIT. Here the same three writes are one statement, committed on its own
(autocommit), with data-modifying CTEs::

    WITH v AS (UPDATE task_versions SET version = :new
               WHERE task_id = :id AND owner = :owner AND version = :prev RETURNING version),
         t AS (INSERT INTO tasks (...) SELECT ... FROM v ON CONFLICT (id) DO UPDATE SET ...),
         e AS (INSERT INTO task_events (...) SELECT ... FROM v)
    SELECT version FROM v

The statement also reads the task's webhooks (``push_notification_configs``), in the same snapshot as the write:
the SDK's sender looks them up right after every save, and that lookup is then answered without a round trip of
its own (``SharedConfigStore.read_at_save``). The first write of a task minted here also takes the task's lease
(``LeaseKeeper.hold(first_save=True)``), instead of a statement of its own before the work starts, and the write
of its ended state deletes it (``LeaseKeeper.releasing``): an ended task has nothing to resume. The task row,
the event and the lease are written only when the version row was (they select from ``v``), in the order the SDK
writes them (the version row is locked before the task row, so concurrent writers cannot deadlock), and all of
it commits or none. No row back means the stored version was not ``prev``: a concurrent modification, as the SDK
reports it. A first write inserts the version row instead (``ON CONFLICT DO NOTHING``: a second first writer
gets no row). Rows are mapped by the SDK's own mapping (``MappedTaskStore``), so the SDK reads them as its own;
the tables are the SDK's defaults, as ``SharedTaskStore`` makes them. Cancels keep the SDK's own transaction:
they lock and read before they write.
"""

from __future__ import annotations

from typing import Any, cast

import sqlalchemy as sa
from a2a.server.events import Event
from a2a.server.models import PushNotificationConfigModel, TaskEventModel, TaskModel, TaskVersionModel
from a2a.types import Task
from a2a.utils.proto_utils import to_stream_response
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncEngine

from agents.storage.leases import Leases
from servers.a2a.task_store import MappedTaskStore


def _table(model: type[Any]) -> sa.Table[Any]:
    table = model.__table__
    assert isinstance(table, sa.Table)  # a declarative model's table (typed as any selectable)
    return cast("sa.Table[Any]", table)


class VersionedWrites:
    """Writes a task, its new version and the event that made it in one autocommitted statement."""

    def __init__(self, engine: AsyncEngine, *, unacknowledged: AsyncEngine | None = None) -> None:
        self._single = engine.execution_options(isolation_level="AUTOCOMMIT")
        # the same statements for saves nobody was told of yet, on sessions that commit without waiting for disk
        self._unacknowledged = (unacknowledged or engine).execution_options(isolation_level="AUTOCOMMIT")
        self._mapping = MappedTaskStore(engine, create_table=False)  # the SDK's row mapping, nothing else
        self._tasks = _table(TaskModel)
        self._versions = _table(TaskVersionModel)
        self._events = _table(TaskEventModel)
        self._webhooks = _table(PushNotificationConfigModel)
        # (ORM attribute, column key): the metadata column's attribute is ``task_metadata``
        self._columns = [(p.key, p.columns[0].key) for p in sa.inspect(TaskModel).column_attrs]
        self.leases: Leases | None = None  # the table a first write takes its task's lease in
        self._statements: dict[tuple[bool, ...], sa.Select[*tuple[Any, ...]]] = {}

    async def write(
        self,
        task: Task,
        owner: str,
        event: Event | None,
        version: int,
        *,
        webhooks: bool = False,
        lease: dict[str, Any] | None = None,
        release: dict[str, Any] | None = None,
        acknowledged: bool = True,
    ) -> list[dict[str, Any]] | None:
        """Store ``task`` at ``version`` (1: its first write; else over ``version - 1``); ``None`` if that lost.

        Written, it returns the task's webhook rows (column: value) as they stood when it was written, when asked
        for ``webhooks`` (the push config table must exist then), else ``[]``. A first write may take its task's
        lease too, in the same statement: ``lease`` is ``Leases.taking``'s parameters (see ``leases``); a later
        write may end it (``release``, the same parameters). A write not ``acknowledged`` (an intermediate state)
        goes through the ``unacknowledged`` engine when there is one.
        """
        model = self._mapping.to_model(task, owner)
        params: dict[str, Any] = {f"t_{column}": getattr(model, attribute) for attribute, column in self._columns}
        params.update(v_task_id=task.id, v_owner=owner, v_version=version, v_prev=version - 1)
        if event is not None:
            params["e_data"] = to_stream_response(event).SerializeToString()
        taking, releasing = lease is not None and version == 1, release is not None and lease is None
        params.update(lease or release or {})
        statement = self._statement(version == 1, event is not None, webhooks, taking, releasing)
        async with (self._single if acknowledged else self._unacknowledged).connect() as conn:
            rows = (await conn.execute(statement, params)).all()
        if not rows:
            return None
        if not webhooks:
            return []
        names = ["config_id", *(c.key for c in self._webhooks.columns if c.key != "config_id")]
        # an outer join: a task without webhooks is one row of NULLs
        return [dict(zip(names, row[1:], strict=True)) for row in rows if row[1] is not None]

    def _statement(self, *shape: bool) -> sa.Select[*tuple[Any, ...]]:
        """Built once per shape: building a statement (and its cache key) costs more than running it."""
        if shape not in self._statements:
            self._statements[shape] = self._build(*shape)
        return self._statements[shape]

    def _build(
        self, first: bool, with_event: bool, webhooks: bool, lease: bool, release: bool
    ) -> sa.Select[*tuple[Any, ...]]:
        versions, tasks, events = self._versions, self._tasks, self._events
        task_id = sa.bindparam("v_task_id", type_=versions.c.task_id.type)
        owner = sa.bindparam("v_owner", type_=versions.c.owner.type)
        version = sa.bindparam("v_version", type_=versions.c.version.type)
        if first:
            claim = insert(versions).values({"task_id": task_id, "owner": owner, "version": version})
            v = claim.on_conflict_do_nothing(index_elements=[versions.c.task_id]).returning(versions.c.version)
        else:
            prev = sa.bindparam("v_prev", type_=versions.c.version.type)
            v = (
                sa.update(versions)
                .where(versions.c.task_id == task_id, versions.c.owner == owner, versions.c.version == prev)
                .values({"version": version})
                .returning(versions.c.version)
            )
        stored = v.cte("v")
        names = [column for _, column in self._columns]
        row = sa.select(*(sa.bindparam(f"t_{name}", type_=tasks.c[name].type) for name in names)).select_from(stored)
        upsert = insert(tasks).from_select(names, row)
        replaced = {name: upsert.excluded[name] for name in names if name not in tasks.primary_key.columns}
        written = [upsert.on_conflict_do_update(index_elements=list(tasks.primary_key.columns), set_=replaced).cte("t")]
        if with_event:
            data = sa.bindparam("e_data", type_=events.c.event_data.type)
            logged = sa.select(task_id, owner, stored.c.version, data).select_from(stored)
            written.append(
                sa.insert(events).from_select(["task_id", "owner", "task_version", "event_data"], logged).cte("e")
            )
        if lease:
            assert self.leases is not None
            written.append(self.leases.taken_with(stored).cte("l"))
        if release:
            assert self.leases is not None
            written.append(self.leases.released_with(stored).cte("r"))
        if not webhooks:
            return sa.select(stored.c.version).add_cte(*written)
        hooks = self._webhooks
        # config_id first: it is never NULL in a row that exists, so a NULL there is the outer join's empty side
        columns = [hooks.c.config_id, *(c for c in hooks.columns if c.key != "config_id")]
        joined = stored.outerjoin(hooks, hooks.c.task_id == task_id)
        return sa.select(stored.c.version, *columns).select_from(joined).add_cte(*written)
