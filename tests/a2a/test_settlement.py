"""Settlement: an execution's lease is judged by what the store committed of its events, not by when it returned."""

from __future__ import annotations

import anyio
import pytest
from a2a.server.events import EventQueue
from a2a.types import Task, TaskState, TaskStatus, TaskStatusUpdateEvent

from servers.a2a.settlement import Outcome, Settlement, TrackingQueue

pytestmark = pytest.mark.anyio

WORKING, COMPLETED, FAILED = TaskState.TASK_STATE_WORKING, TaskState.TASK_STATE_COMPLETED, TaskState.TASK_STATE_FAILED


def status(state: TaskState) -> TaskStatusUpdateEvent:
    return TaskStatusUpdateEvent(task_id="t", context_id="c", status=TaskStatus(state=state))


class Kept(EventQueue):
    def __init__(self) -> None:
        self.events: list[object] = []

    async def enqueue_event(self, event: object) -> None:  # type: ignore[override]
        self.events.append(event)


async def test_an_execution_is_settled_only_once_its_last_event_is_committed() -> None:
    settlement, kept = Settlement(), Kept()
    queue = TrackingQueue(kept, settlement)
    task, done = (
        Task(id="t", context_id="c", status=TaskStatus(state=TaskState.TASK_STATE_SUBMITTED)),
        status(COMPLETED),
    )
    await queue.enqueue_event(task)
    await queue.enqueue_event(done)
    outcomes: list[Outcome] = []
    async with anyio.create_task_group() as tg:
        tg.start_soon(lambda: _collect(settlement, outcomes))
        settlement.committed(task, TaskState.TASK_STATE_SUBMITTED)  # the acknowledged save: not settled yet
        await anyio.sleep(0.05)
        assert outcomes == []
        settlement.committed(done, COMPLETED)
    assert outcomes == [Outcome.FINISHED]
    assert kept.events == [task, done]


async def _collect(settlement: Settlement, outcomes: list[Outcome]) -> None:
    outcomes.append(await settlement.outcome(timeout=5))


async def test_an_execution_whose_last_event_leaves_its_task_working_is_unfinished() -> None:
    settlement, working = Settlement(), status(WORKING)
    settlement.enqueued(working)
    settlement.committed(working, WORKING)
    assert await settlement.outcome(timeout=5) is Outcome.UNFINISHED


async def test_an_execution_that_enqueued_nothing_leaves_the_store_to_say() -> None:
    assert await Settlement().outcome(timeout=5) is Outcome.NOTHING


async def test_an_execution_that_raised_waits_for_the_failed_state() -> None:
    settlement, working = Settlement(), status(WORKING)
    settlement.enqueued(working)
    settlement.committed(working, WORKING)
    settlement.raised()
    outcomes: list[Outcome] = []
    async with anyio.create_task_group() as tg:
        tg.start_soon(lambda: _collect(settlement, outcomes))
        await anyio.sleep(0.05)
        assert outcomes == []
        settlement.committed(None, FAILED)  # the SDK's own write of the failure
    assert outcomes == [Outcome.FINISHED]


async def test_a_failed_save_or_a_slow_one_hands_the_task_on() -> None:
    failed, slow, working = Settlement(), Settlement(), status(WORKING)
    failed.enqueued(working)
    failed.failed()
    slow.enqueued(working)
    assert await failed.outcome(timeout=5) is Outcome.UNFINISHED
    assert await slow.outcome(timeout=0.05) is Outcome.UNFINISHED
