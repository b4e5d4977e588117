"""GroupCommit: saves wait for their commit, share it under concurrency, and fail loudly when it fails."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from agents.storage import GroupCommit, StorageError

pytestmark = pytest.mark.anyio


class Disk:
    """A commit function that records each batch; ``gate`` holds commits until the test opens it."""

    def __init__(self, fail: bool = False) -> None:
        self.batches: list[list[str]] = []
        self.gate = asyncio.Event()
        self.gate.set()
        self.fail = fail

    async def commit(self, values: Sequence[str]) -> None:
        await self.gate.wait()
        if self.fail:
            raise OSError("disk full")
        self.batches.append(list(values))

    @property
    def stored(self) -> list[str]:
        return [value for batch in self.batches for value in batch]


async def test_save_returns_only_after_its_value_is_committed() -> None:
    disk = Disk()
    disk.gate.clear()
    commits = GroupCommit(disk.commit)
    saving = asyncio.ensure_future(commits.save("a", "a1"))
    await asyncio.sleep(0.01)
    assert not saving.done() and disk.stored == []
    disk.gate.set()
    await asyncio.wait_for(saving, 2)
    assert disk.stored == ["a1"]


async def test_saves_made_while_a_commit_runs_share_the_next_commit() -> None:
    disk = Disk()
    disk.gate.clear()
    commits = GroupCommit(disk.commit)
    first = asyncio.ensure_future(commits.save("k0", "v0"))
    await asyncio.sleep(0.01)  # k0 is committing now; the next 20 saves form one batch meanwhile
    rest = [asyncio.ensure_future(commits.save(f"k{i}", f"v{i}")) for i in range(1, 21)]
    await asyncio.sleep(0.01)
    disk.gate.set()
    await asyncio.wait_for(asyncio.gather(first, *rest), 2)
    assert [len(batch) for batch in disk.batches] == [1, 20]


async def test_saves_of_one_key_in_a_batch_write_only_the_newest_value() -> None:
    disk = Disk()
    disk.gate.clear()
    commits = GroupCommit(disk.commit)
    blocker = asyncio.ensure_future(commits.save("other", "x"))
    await asyncio.sleep(0.01)
    commits.submit("task", "working")
    newest = asyncio.ensure_future(commits.save("task", "completed"))
    disk.gate.set()
    await asyncio.wait_for(asyncio.gather(blocker, newest), 2)
    assert disk.batches == [["x"], ["completed"]]


async def test_a_submitted_value_rides_with_the_next_save_or_is_committed_shortly_after() -> None:
    disk = Disk()
    commits = GroupCommit(disk.commit, submit_delay=0.05)
    commits.submit("a", "working")
    await commits.save("b", "b1")  # one commit carries both
    assert disk.batches == [["working", "b1"]]
    commits.submit("a", "working again")
    assert disk.batches == [["working", "b1"]]
    await asyncio.sleep(0.3)
    assert disk.batches[-1] == ["working again"]


async def test_a_failed_commit_fails_every_save_in_its_batch() -> None:
    disk = Disk(fail=True)
    commits = GroupCommit(disk.commit, what="task")
    results = await asyncio.gather(*(commits.save(i, str(i)) for i in range(5)), return_exceptions=True)
    assert all(isinstance(r, StorageError) and "could not store the task" in str(r) for r in results)
    assert all(isinstance(r.__cause__, OSError) for r in results)


async def test_a_caller_that_gives_up_does_not_cancel_the_commit_for_the_others() -> None:
    disk = Disk()
    disk.gate.clear()
    commits = GroupCommit(disk.commit)
    impatient = asyncio.ensure_future(commits.save("a", "a1"))
    patient = asyncio.ensure_future(commits.save("b", "b1"))
    await asyncio.sleep(0.01)
    impatient.cancel()
    disk.gate.set()
    await asyncio.wait_for(patient, 2)
    assert sorted(disk.stored) == ["a1", "b1"]


async def test_close_waits_for_pending_values_and_refuses_new_ones() -> None:
    disk = Disk()
    commits = GroupCommit(disk.commit, what="run record")
    commits.submit("a", "a1")
    await commits.aclose()
    assert disk.stored == ["a1"]
    with pytest.raises(StorageError, match="closed"):
        await commits.save("b", "b1")
