"""LeasedExecutor: an agent's executor run under its task's lease, so another replica resumes the task only if
this one dies.

The lease covers every save of the execution's work, not just the execution: the SDK saves what an executor
enqueued after the executor enqueued it (``settlement.py``), so an execution that returns (or raises) keeps its
lease until its last event is committed (or the failed state the SDK writes for an execution that raised). Then
the lease is released if the task ended or waits for its caller, and handed off otherwise (the execution ended
with its task in progress, its saves failed, or they took longer than ``SETTLE_TIMEOUT_S``): the task is resumed
rather than left in progress. A replica that dies at any point before that leaves a lease that expires, and the
task is taken over (``cluster.py``): no task is ever stored in progress with no lease on it. For a task minted
here the lease is taken by its first save, in the same statement (no other replica can hold a lease on an id
minted a moment ago), and the save of an ended state deletes it in its own statement: one statement less
before the work starts, and one less after it.

A message for a task another live replica is working on does not start a second execution: the request answers
with the task as it stands. With ``resume_runs`` a new task's message carries its task id as the run id (unless
the caller named a run), so running the task again resumes its run.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from a2a.server.agent_execution import AgentExecutor, RequestContext
from a2a.server.context import ServerCallContext
from a2a.server.events import EventQueue

from agents.storage.leases import LeaseKeeper, LeaseTaken
from servers.a2a.settlement import Outcome, TrackingQueue
from servers.a2a.shared_store import SharedTaskStore

log = logging.getLogger(__name__)

RUN_ID_KEYS = ("run_id", "runId")


class LeasedExecutor(AgentExecutor):
    """Runs ``inner`` while holding the task's lease (see the module docstring).

    ``ended(task_id, owner)`` reads whether the stored task ended or waits for its caller, for an execution that
    enqueued nothing the store saves.
    """

    def __init__(
        self,
        inner: AgentExecutor,
        keeper: LeaseKeeper,
        store: SharedTaskStore,
        ended: Callable[[str, str], Awaitable[bool]],
        *,
        resume_runs: bool = False,
    ) -> None:
        self.inner = inner
        self.keeper = keeper
        self.store = store
        self.ended = ended
        self.resume_runs = resume_runs

    def __getattr__(self, name: str) -> object:  # the wrapped executor's own settings (max_depth, say)
        return getattr(self.inner, name)

    async def execute(self, context: RequestContext, event_queue: EventQueue) -> None:
        task_id = context.task_id or ""
        if self.resume_runs and context.current_task is None and context.message is not None:
            metadata = context.message.metadata
            if not any(key in metadata.fields for key in RUN_ID_KEYS):
                metadata["run_id"] = task_id
        owner = _owner(context.call_context)
        try:
            # A task minted here a moment ago: no other replica can hold its lease, so its first save takes it.
            first_save = self.store.minted.fresh(task_id) and self.store.keeper is self.keeper
            async with self.keeper.hold(task_id, owner, first_save=first_save) as held:
                settlement = self.store.settlement(task_id)

                async def settle() -> bool:
                    try:
                        outcome = await settlement.outcome()
                    finally:
                        self.store.settled(task_id, settlement)
                    if outcome is Outcome.NOTHING:
                        return await self.ended(task_id, owner)
                    return outcome is Outcome.FINISHED

                held.settle = settle
                try:
                    await self.inner.execute(context, TrackingQueue(event_queue, settlement))
                except asyncio.CancelledError:  # the lease is handed off at once: nothing waits for the saves
                    self.store.settled(task_id, settlement)
                    raise
                except Exception:
                    settlement.raised()
                    raise
        except LeaseTaken:
            log.info("task %s is being worked on by another replica", task_id)

    async def cancel(self, context: RequestContext, event_queue: EventQueue) -> None:
        await self.inner.cancel(context, event_queue)


def _owner(call_context: ServerCallContext | None) -> str:
    """The name of the caller a task belongs to ("" for none): the owner its lease records, for a takeover."""
    return call_context.user.user_name if call_context is not None else ""
