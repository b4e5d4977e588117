"""SqlRows on SQLite: one thread of its own, answers in call order, failures raised to the caller, a clean stop."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa

from agents.storage import SqlRows, open_engine

pytestmark = pytest.mark.anyio
ROWS = sa.Table("rows", sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True), sa.Column("value", sa.String))


def sqlite_threads() -> int:
    return sum(t.name == "sqlite-rows" for t in threading.enumerate())


async def test_concurrent_writes_and_reads_share_one_thread_and_see_each_other(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "rows.db")
    async with engine.begin() as conn:
        await conn.run_sync(ROWS.metadata.create_all)
    rows = SqlRows(engine)
    threads_before = sqlite_threads()
    try:

        async def write_then_read(i: int) -> list[str]:
            await rows.write(ROWS, [{"id": i, "value": f"v{i}"}])
            return [r.value for r in await rows.read(sa.select(ROWS.c.value).where(ROWS.c.id == i))]

        assert await asyncio.gather(*(write_then_read(i) for i in range(50))) == [[f"v{i}"] for i in range(50)]
        assert sqlite_threads() == threads_before + 1
    finally:
        await rows.close()
        await engine.dispose()
    for _ in range(100):  # the thread ends once closed
        if sqlite_threads() == threads_before:
            break
        await asyncio.sleep(0.01)
    assert sqlite_threads() == threads_before


async def test_a_failed_statement_is_raised_and_the_next_call_works(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "rows.db")
    rows = SqlRows(engine)
    try:
        with pytest.raises(sa.exc.OperationalError):  # no such table yet
            await rows.write(ROWS, [{"id": 1, "value": "a"}])
        async with engine.begin() as conn:
            await conn.run_sync(ROWS.metadata.create_all)
        await rows.write(ROWS, [{"id": 1, "value": "a"}])
        assert [tuple(r) for r in await rows.read(sa.select(ROWS))] == [(1, "a")]
    finally:
        await rows.close()
        await engine.dispose()


async def test_a_call_on_a_closed_connection_fails_instead_of_waiting(tmp_path: Path) -> None:
    engine = open_engine(tmp_path / "rows.db")
    rows = SqlRows(engine)
    thread = await rows._thread()  # noqa: SLF001 - the connection a caller may still hold while another closes it
    await rows.close()
    with pytest.raises(RuntimeError, match="closed"):
        await asyncio.wait_for(thread.call(lambda conn: None), 5)
    await engine.dispose()
