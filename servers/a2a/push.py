"""Push notifications: where a task's updates are POSTed when the client asked for them, and where not.

A client registers a webhook with a task (``SendMessageConfiguration.task_push_notification_config``, or the
``CreateTaskPushNotificationConfig`` method); the SDK's sender then POSTs every event of that task to it as the
StreamResponse JSON, with the client's token in ``X-A2A-Notification-Token``. The configurations live in the
SDK's database store, in the agent's own task database, so they outlive a restart and any replica can send.

Every webhook URL is screened twice, when it is registered (a refused URL is ``Invalid params``) and before each
POST: http(s) only, no user info, and every address its host resolves to must be public. Loopback and private
addresses are allowed only by flag (``PushPolicy(allow_loopback=..., allow_private=...)``, or the environment's
``ACCORD_PUSH_ALLOW_LOOPBACK`` / ``ACCORD_PUSH_ALLOW_PRIVATE`` set to 1), for a mesh whose receivers are on the
same machine or LAN; link-local, cloud metadata, multicast and reserved addresses never. The sender follows no
redirect and ignores proxy settings from the environment, so the address judged is the address POSTed to.
"""

from __future__ import annotations

import logging
import os
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, cast

import httpx
import sqlalchemy as sa
from a2a.server.context import ServerCallContext
from a2a.server.tasks import BasePushNotificationSender, DatabasePushNotificationConfigStore
from a2a.types import TaskPushNotificationConfig
from sqlalchemy.ext.asyncio import AsyncEngine

from agents.tls import client_tls
from servers.registry.hosts import HostPolicy, HostRefused

log = logging.getLogger(__name__)

PUSH_TIMEOUT_S = 10.0
_TRUE = frozenset({"1", "true", "yes", "on"})


@dataclass(frozen=True, slots=True)
class PushPolicy:
    """Which webhook hosts the agent may POST to: public ones, plus loopback and private ones when allowed."""

    allow_loopback: bool = False
    allow_private: bool = False

    @classmethod
    def from_env(cls) -> PushPolicy:
        return cls(
            allow_loopback=os.environ.get("ACCORD_PUSH_ALLOW_LOOPBACK", "").strip().lower() in _TRUE,
            allow_private=os.environ.get("ACCORD_PUSH_ALLOW_PRIVATE", "").strip().lower() in _TRUE,
        )

    async def admits(self, url: str) -> bool:
        """Whether ``url`` may receive push notifications (the SDK's ``push_url_validator`` contract)."""
        policy = HostPolicy(allow_loopback=self.allow_loopback, allow_private=self.allow_private)
        try:
            await policy.resolve(url, "push notification URL")
        except HostRefused as exc:
            log.warning("push notification URL refused: %s", exc)
            return False
        return True


class SoleWriterConfigStore(DatabasePushNotificationConfigStore):
    """The SDK's database store for a process that is the only writer of its table (one agent on SQLite).

    The sender asks the store for a task's webhooks on every event of every task, and almost no task has one:
    this store knows which task ids have a row (read once at start, then kept by its own writes), so an event of
    any other task costs no query. It is exact only while no other process writes the table, so replicas
    sharing a database use the SDK's store as it is.
    """

    def __init__(self, engine: AsyncEngine) -> None:
        super().__init__(engine, create_table=True)
        self._with_configs: set[str] = set()

    async def initialize(self) -> None:
        await super().initialize()
        async with self.async_session_maker() as session:
            rows = await session.execute(sa.select(self.config_model.task_id).distinct())
            self._with_configs |= set(rows.scalars())  # added to: a config saved meanwhile stays known

    async def set_info(
        self, task_id: str, notification_config: TaskPushNotificationConfig, context: ServerCallContext
    ) -> TaskPushNotificationConfig:
        self._with_configs.add(task_id)  # before the row: a concurrent dispatch then reads the table
        return await super().set_info(task_id, notification_config, context)

    async def get_info_for_dispatch(self, task_id: str) -> list[TaskPushNotificationConfig]:
        # A task whose configs were all deleted stays in the set (one query per event, as the SDK's store):
        # dropping it here could race a concurrent ``set_info`` and lose that webhook.
        if task_id not in self._with_configs:
            return []
        return await super().get_info_for_dispatch(task_id)


class SharedConfigStore(DatabasePushNotificationConfigStore):
    """The SDK's database store for replicas sharing a database: every dispatch reads the table, in one round trip.

    Other replicas may add a webhook to any task at any time, so the sender's lookup on every event of every task
    cannot be answered from memory. It is a single SELECT, so it runs without a transaction around it
    (autocommit): one round trip instead of three (BEGIN, SELECT, ROLLBACK), and through a connection rather than
    an ORM session, with the query built once (a session and a query built per event cost more CPU than the
    round trip). Rows map back through the SDK's own mapping. Writes keep the SDK's transactions.

    The sender looks a task's webhooks up right after each save of the task, and the shared task store's save
    reads them in its own statement (``versioned_writes.py``): it tells this store (``read_at_save``), and the
    lookup that follows takes them instead of reading again. They are as fresh as the SDK's own lookup would
    find them: read as the save committed, each answers one lookup only, and a save that read nothing (it
    failed, or took the SDK's own path) leaves the lookup to read the table.
    """

    KEPT = 10_000

    def __init__(self, engine: AsyncEngine) -> None:
        super().__init__(engine, create_table=True)
        self._reads = engine.execution_options(isolation_level="AUTOCOMMIT")
        found = self.config_model.__table__
        assert isinstance(found, sa.Table)  # a declarative model's table (typed as any selectable)
        table = cast("sa.Table[Any]", found)
        self._attributes = [(p.key, p.columns[0].key) for p in sa.inspect(self.config_model).column_attrs]
        columns: list[sa.Column[Any]] = [table.c[column] for _, column in self._attributes]
        self._query: sa.Select[Any] = sa.select(*columns).where(table.c["task_id"] == sa.bindparam("task_id"))
        self._at_save: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()

    def read_at_save(self, task_id: str, rows: list[dict[str, Any]] | None) -> None:
        """The webhook rows (column: value) a save of ``task_id`` just read; ``None``: it read none, forget any."""
        self._at_save.pop(task_id, None)
        if rows is not None:
            self._at_save[task_id] = rows
            while len(self._at_save) > self.KEPT:  # saves whose lookup never came (a failed consumer)
                self._at_save.popitem(last=False)

    async def get_info_for_dispatch(self, task_id: str) -> list[TaskPushNotificationConfig]:
        await self._ensure_initialized()
        read = self._at_save.pop(task_id, None)
        if read is None:
            async with self._reads.connect() as conn:
                rows = (await conn.execute(self._query, {"task_id": task_id})).all()
            read = [{column: row[i] for i, (_, column) in enumerate(self._attributes)} for row in rows]
        models = [self.config_model(**{a: row[column] for a, column in self._attributes}) for row in read]
        configs: list[TaskPushNotificationConfig] = []
        for model in models:
            try:
                configs.append(self._from_orm(model))
            except ValueError:  # as the SDK's store: a row that cannot be read sends nothing, and is logged
                log.exception("unreadable push notification config %s of task %s", model.config_id, task_id)
        return configs


class PushNotifications:
    """The config store and the sender one agent's request handler uses; ``aclose`` when the app stops.

    ``shared`` says other processes write the same table (replicas on one database), so every dispatch reads it.
    """

    def __init__(self, engine: AsyncEngine, policy: PushPolicy | None = None, *, shared: bool = False) -> None:
        self.policy = policy or PushPolicy.from_env()
        self.store = SharedConfigStore(engine) if shared else SoleWriterConfigStore(engine)
        self._http = httpx.AsyncClient(
            timeout=httpx.Timeout(PUSH_TIMEOUT_S, connect=5.0),
            follow_redirects=False,
            trust_env=False,
            verify=client_tls(trust_env=False),
        )
        self.sender = BasePushNotificationSender(self._http, self.store, push_url_validator=self.policy.admits)

    @property
    def validator(self):
        return self.policy.admits

    async def initialize(self) -> None:
        await self.store.initialize()  # the table before the first request, as for the task store

    async def aclose(self) -> None:
        await self._http.aclose()
