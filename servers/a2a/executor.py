"""RuntimeExecutor: the a2a-sdk ``AgentExecutor`` over accord's agent runtime.

The event order every client sees for one message:

1. a new task is enqueued first (the SDK requires the Task before any status update);
2. ``working`` with "Working on it", then one ``working`` update per tool call with a short progress text;
3. one artifact named ``answer``: the text, plus a data part for each structured tool result, with the token
   usage in the artifact's metadata;
4. ``completed``, ``failed`` (a clean message, never a traceback or an exception's text), ``input-required``
   (the agent's question; the follow-up message on the same task continues it) or ``rejected`` (the agent declined
   a request it cannot account for, and says what it can do instead). Only ``completed`` carries an artifact.

A message whose metadata ``hops`` has reached the maximum depth is refused at once: the task fails with the
reason (``servers/a2a/hops.py``).

Cancelling the task cancels ``execute`` and with it the run and its tool calls; ``cancel`` then records it.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from a2a.helpers import new_data_part, new_text_part
from a2a.server.agent_execution import RequestContext
from a2a.server.tasks import TaskUpdater
from a2a.types import Part, Task, TaskState

from agents.runtime import Agent, Event, Outcome, ToolCalled
from servers.a2a.lifecycle import TaskExecutor

log = logging.getLogger(__name__)

MAX_ARGUMENT_PREVIEW = 80


class RuntimeExecutor(TaskExecutor):
    def __init__(self, agent: Agent) -> None:
        self.agent = agent

    async def run(self, context: RequestContext, task: Task, updater: TaskUpdater) -> None:
        text = context.get_user_input()
        if task.status.state == TaskState.TASK_STATE_INPUT_REQUIRED:
            # The follow-up answers the agent's question: run again with the original request and the answer.
            first = task.history[0] if task.history else None
            original = "".join(p.text for p in first.parts if p.HasField("text")) if first else ""
            text = f"{original}\n{text}".strip()
        await updater.start_work(updater.new_agent_message([Part(text="Working on it")]))

        async def forward(event: Event) -> None:
            if isinstance(event, ToolCalled):
                progress = f"Calling {event.call.name}({_preview(event.call.arguments)})"
                await updater.update_status(
                    TaskState.TASK_STATE_WORKING, updater.new_agent_message([Part(text=progress)])
                )

        outcome = await self.agent.run(text, on_event=forward)
        await self._finish(updater, outcome)

    async def _finish(self, updater: TaskUpdater, outcome: Outcome) -> None:
        if outcome.status == "failed":
            await updater.failed(updater.new_agent_message([Part(text=outcome.error or "the agent failed")]))
            return
        if outcome.status == "input-required":
            await updater.requires_input(updater.new_agent_message([Part(text=outcome.text)]))
            return
        if outcome.status == "rejected":
            await updater.reject(updater.new_agent_message([Part(text=outcome.text)]))
            return
        parts = [new_text_part(outcome.text, media_type="text/plain")]
        parts += [new_data_part(item, media_type="application/json") for item in outcome.data]
        usage = {"input_tokens": outcome.usage.input_tokens, "output_tokens": outcome.usage.output_tokens}
        await updater.add_artifact(
            parts, name="answer", metadata={"usage": usage, "model": self.agent.model.name}, last_chunk=True
        )
        await updater.complete()


def _preview(arguments: dict[str, Any]) -> str:
    text = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in arguments.items())
    return text if len(text) <= MAX_ARGUMENT_PREVIEW else text[: MAX_ARGUMENT_PREVIEW - 1] + "…"
