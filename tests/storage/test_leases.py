"""Leases held until the work's results are in: released if it finished, handed off if not."""

from __future__ import annotations

from pathlib import Path

import anyio
import pytest

from agents.storage import open_engine
from agents.storage.leases import LeaseKeeper, Leases, LeaseTaken

pytestmark = pytest.mark.anyio


async def opened(tmp_path: Path) -> tuple[Leases, Leases]:
    engine = open_engine(tmp_path / "leases.db")
    mine, other = Leases(engine, "agent", seconds=5), Leases(engine, "agent", seconds=5)
    await mine.open()
    return mine, other


async def test_a_lease_is_kept_after_the_work_returns_until_its_results_are_in(tmp_path: Path) -> None:
    mine, other = await opened(tmp_path)
    keeper, results_in = LeaseKeeper(mine), anyio.Event()

    async def settle() -> bool:
        await results_in.wait()
        return True

    async with keeper.hold("t1") as held:
        held.settle = settle
    with pytest.raises(LeaseTaken):  # the work returned; its results are not in: the lease is still held
        await other.acquire("t1")
    assert keeper.holds("t1")
    results_in.set()
    with anyio.fail_after(5):
        while keeper.holds("t1"):
            await anyio.sleep(0.01)
    await other.acquire("t1")  # released
    await keeper.aclose()
    await mine.engine.dispose()


async def test_a_lease_whose_work_settles_unfinished_is_handed_off(tmp_path: Path) -> None:
    mine, _ = await opened(tmp_path)
    keeper = LeaseKeeper(mine)

    async def settle() -> bool:
        return False

    async with keeper.hold("t1") as held:
        held.settle = settle
    with anyio.fail_after(5):
        while keeper.holds("t1"):
            await anyio.sleep(0.01)
    assert [lease.key for lease in await mine.expired()] == ["t1"]
    await keeper.aclose()
    await mine.engine.dispose()


async def test_a_replica_that_stops_hands_off_the_leases_still_settling(tmp_path: Path) -> None:
    mine, _ = await opened(tmp_path)
    keeper, never = LeaseKeeper(mine), anyio.Event()

    async def settle() -> bool:
        await never.wait()
        return True

    async with keeper.hold("t1") as held:
        held.settle = settle
    await keeper.aclose()
    assert [lease.key for lease in await mine.expired()] == ["t1"]
    await mine.engine.dispose()
