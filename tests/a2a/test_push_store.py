"""The sole-writer push config store: no query for a task without webhooks, and none lost across a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from a2a.server.context import ServerCallContext
from a2a.types import TaskPushNotificationConfig
from sqlalchemy import event

from agents.storage.engines import open_engine
from servers.a2a.push import SoleWriterConfigStore

pytestmark = pytest.mark.anyio
CONTEXT = ServerCallContext()


def count_statements(store: SoleWriterConfigStore) -> list[str]:
    statements: list[str] = []
    event.listen(store.engine.sync_engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    return statements


async def test_a_task_without_webhooks_costs_no_query_and_one_with_them_is_read(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "tasks.db")
    try:
        store = SoleWriterConfigStore(engine)
        await store.initialize()
        config = TaskPushNotificationConfig(id="c1", task_id="t-hooked", url="https://example.com/hook", token="x")
        await store.set_info("t-hooked", config, CONTEXT)
        statements = count_statements(store)

        assert await store.get_info_for_dispatch("t-plain") == []
        assert statements == []
        assert [c.url for c in await store.get_info_for_dispatch("t-hooked")] == ["https://example.com/hook"]
        assert len(statements) == 1
    finally:
        await engine.dispose()


async def test_webhooks_saved_before_a_restart_are_still_sent_to(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "tasks.db")
    try:
        first = SoleWriterConfigStore(engine)
        await first.initialize()
        config = TaskPushNotificationConfig(id="c1", task_id="t-1", url="https://example.com/hook", token="x")
        await first.set_info("t-1", config, CONTEXT)

        restarted = SoleWriterConfigStore(engine)
        await restarted.initialize()
        assert [c.id for c in await restarted.get_info_for_dispatch("t-1")] == ["c1"]

        await restarted.delete_info("t-1", CONTEXT)
        assert await restarted.get_info_for_dispatch("t-1") == []
    finally:
        await engine.dispose()
