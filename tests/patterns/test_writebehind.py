import anyio
import pytest

from patterns.writebehind import WriteBehind

pytestmark = pytest.mark.anyio


async def test_puts_are_coalesced_written_in_order_and_readable_until_written():
    written: list[str] = []
    gate = anyio.Event()

    async def write(value: str) -> None:
        await gate.wait()
        written.append(value)

    queue: WriteBehind[str, str] = WriteBehind(write)
    await queue.put("a", "a1")
    await queue.put("b", "b1")
    await queue.put("a", "a2")  # replaces a1, and moves a behind b
    assert queue.pending("a") == "a2" and queue.is_pending("b")
    gate.set()
    with anyio.fail_after(2):
        await queue.flush()
    assert written[-2:] == ["b1", "a2"] and "a1" not in written[1:]
    assert queue.pending("a") is None


async def test_a_full_backlog_makes_put_wait_for_the_writer():
    gate = anyio.Event()

    async def write(value: int) -> None:
        await gate.wait()

    queue: WriteBehind[int, int] = WriteBehind(write, max_backlog=2)
    for i in range(2):
        await queue.put(i, i)
    with anyio.move_on_after(0.1) as waited:
        await queue.put(2, 2)  # a third unwritten value is over the backlog
    assert waited.cancelled_caught
    gate.set()
    with anyio.fail_after(2):
        await queue.put(4, 4)
        await queue.flush()


async def test_a_failed_write_is_dropped_and_the_next_put_writes_again():
    attempts: list[int] = []

    async def write(value: int) -> None:
        attempts.append(value)
        if value == 1:
            raise OSError("disk full")

    queue: WriteBehind[str, int] = WriteBehind(write)
    await queue.put("k", 1)
    await queue.flush()
    await queue.put("k", 2)
    await queue.flush()
    assert attempts == [1, 2] and not queue.is_pending("k")
