"""TaskExecutor: the part of the A2A task lifecycle every accord executor shares.

A new task is enqueued before anything else (the SDK requires the Task before any status update); a message
that has already made too many hops is failed at once with the reason, so A→B→A loops end; a cancel is recorded
as the task's final state. Subclasses implement ``run`` with the task and its updater in hand, and ask ``watched``
whether anyone may see the working notes they would send.
"""

from __future__ import annotations

import abc
from typing import cast

from a2a.helpers import new_task_from_user_message
from a2a.server.agent_execution import AgentExecutor, RequestContext
from a2a.server.context import ServerCallContext
from a2a.server.events import EventQueue
from a2a.server.tasks import TaskUpdater
from a2a.types import Part, Role, Task
from a2a.utils.errors import InvalidParamsError

from patterns import MAX_DEPTH
from servers.a2a.hops import refusal
from servers.a2a.task_store import ANSWERED_AT_REST


class TaskExecutor(AgentExecutor, abc.ABC):
    max_depth: int = MAX_DEPTH

    async def execute(self, context: RequestContext, event_queue: EventQueue) -> None:
        task = context.current_task
        if task is None:
            message = context.message
            # the SDK raises ValueError for these, which would reach the caller as an internal error
            if message is None or message.role != Role.ROLE_USER:
                raise InvalidParamsError("a new task starts with a message whose role is user")
            if not message.parts or any(p.HasField("text") and not p.text for p in message.parts):
                raise InvalidParamsError("the message is empty: send at least one part, and no empty text part")
            task = new_task_from_user_message(message)
            await event_queue.enqueue_event(task)
        updater = TaskUpdater(event_queue, task.id, task.context_id)
        refused = refusal(context, self.max_depth)
        if refused is not None:  # a loop, or a hierarchy deeper than allowed: stop here, say why
            await updater.failed(updater.new_agent_message([Part(text=refused)]))
            return
        await self.run(context, task, updater)

    @abc.abstractmethod
    async def run(self, context: RequestContext, task: Task, updater: TaskUpdater) -> None:
        """Work on the task, reporting through ``updater``, and end it (complete, fail or ask for input)."""

    async def cancel(self, context: RequestContext, event_queue: EventQueue) -> None:
        task = context.current_task
        task_id = task.id if task else context.task_id
        context_id = task.context_id if task else context.context_id
        if task_id is None or context_id is None:  # nothing was ever started: nothing to cancel
            return
        await TaskUpdater(event_queue, task_id, context_id).cancel()


def answered_at_rest(context: RequestContext) -> bool:
    """Whether this request is a blocking send, answered with the task at rest and nothing sooner."""
    call_context = cast("ServerCallContext | None", context.call_context)  # typed as always present; may be None
    return call_context is not None and bool(call_context.state.get(ANSWERED_AT_REST))


def watched(context: RequestContext) -> bool:
    """Whether anyone may see this task's working notes as they come: a stream, a non-blocking send (its caller
    polls the task), a webhook given with the message, or a task that existed before it (a follow-up: a webhook
    or a subscriber may already be on it). A blocking send of a new task is answered with the task at rest only,
    so a note would cost a task update (and a line of stored history) that no one reads."""
    if not answered_at_rest(context) or context.current_task is not None:
        return True
    configuration = context.configuration
    return configuration is not None and configuration.HasField("task_push_notification_config")
