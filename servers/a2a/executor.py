"""RuntimeExecutor: the a2a-sdk ``AgentExecutor`` over accord's agent runtime.

The event order every client sees for one message:

1. a new task is enqueued first (the SDK requires the Task before any status update);
2. ``working`` with "Working on it", then a ``working`` update per tool call ("Calling solve(...)"), and one
   per tool result ("solve returned: ...") when the run is still at work on it ``RESULT_NOTE_S`` later: a status
   message says what the agent is doing now, and a result the next model turn overtakes at once (the offline
   model's, say) would only be superseded before anyone could act on it. The tool notes are left out when no
   one can see them (``lifecycle.watched``: a blocking send of a new task without a webhook, whose caller gets
   only the task at rest, as the orchestrator calls its workers): each would cost a task update and a line of
   stored history that nobody reads;
3. while the model writes, its text as artifact updates of the artifact ``answer``: the first chunk creates it,
   the next ones carry ``append: true``;
4. the finished ``answer`` artifact, sent whole (``append: false``, ``lastChunk: true``) so it replaces the
   chunks: the text, a data part for each structured tool result, the usage (``inputTokens``,
   ``outputTokens``, ``cacheReadTokens``, ``cacheWriteTokens``, ``costUsd``) and the model in its metadata;
5. ``completed``, ``failed`` (a clean message, never a traceback or an exception's text), ``input-required``
   (the agent's question; the follow-up message on the same task continues the same conversation) or
   ``rejected`` (the agent declined a request it cannot account for, and says what it can do instead). When the
   task ends without an answer, its final status message carries the usage in its metadata, so a failed run
   reports what it spent too.

Why artifact updates for the streamed text, not ``working`` status messages: in A2A a status message says
what the agent is doing, and each one replaces the last; the answer is an artifact, and ``append`` /
``lastChunk`` exist so an artifact can arrive in pieces as it is generated. A streaming client sees the answer
grow; the final replacing chunk leaves the stored task identical to what a non-streaming caller gets (one
artifact, whole parts). A run that ends other than completed after streaming replaces the chunks with its
question, reason or error, so the task's text is never a half-written answer.

The message metadata may carry ``budget`` (``maxTokens``, ``maxCostUsd``, ``deadline`` in seconds): what the
caller's own budget has left for this call. The run holds to the tighter of it and the spec's limits.

A message whose metadata ``hops`` has reached the maximum depth is refused at once: the task fails with the
reason (``servers/a2a/hops.py``). Cancelling the task cancels ``execute`` and with it the run and its tool
calls; ``cancel`` then records it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from collections.abc import Mapping
from typing import Any, cast

from a2a.helpers import new_data_part, new_text_part
from a2a.server.agent_execution import RequestContext
from a2a.server.tasks import TaskUpdater
from a2a.types import Message, Part, Role, Task, TaskState
from google.protobuf import json_format

from agents import conversation, telemetry
from agents.models.base import Message as ConversationMessage
from agents.runtime import Agent, Event, Outcome, RunLimits, TextDelta, ToolCalled, ToolReturned
from agents.wire_metadata import from_wire, usage_to_wire
from servers.a2a.hops import incoming_metadata
from servers.a2a.lifecycle import TaskExecutor, watched

log = logging.getLogger(__name__)

MAX_ARGUMENT_PREVIEW = 80
ANSWER = "answer"
FLUSH_CHARS = 200
FLUSH_SECONDS = 0.05
RESULT_NOTE_S = 0.05  # a tool's result is said as a note when the run is still at work this much later
CONVERSATION = "conversation"


class RuntimeExecutor(TaskExecutor):
    def __init__(self, agent: Agent) -> None:
        self.agent = agent

    async def run(self, context: RequestContext, task: Task, updater: TaskUpdater) -> None:
        with telemetry.task(self.agent.spec.name):  # in flight, for the metrics
            await self._run(context, task, updater)

    async def _run(self, context: RequestContext, task: Task, updater: TaskUpdater) -> None:
        text = context.get_user_input()
        history: list[ConversationMessage] = []
        if task.status.state == TaskState.TASK_STATE_INPUT_REQUIRED:
            # The follow-up answers the agent's question: continue the conversation it was asked in, or (when
            # the question came from a model without one) run again with the original request and the answer.
            asked = _asked(task, context.message)
            stored = _metadata(asked).get(CONVERSATION) if asked is not None else None
            history = conversation.load(stored) or []
            if not history:
                first = task.history[0] if task.history else None
                original = "".join(p.text for p in first.parts if p.HasField("text")) if first else ""
                text = f"{original}\n{text}".strip()
        limits = run_limits(from_wire(incoming_metadata(context)).get("budget"))
        await updater.start_work(updater.new_agent_message([Part(text="Working on it")]))
        answer = _AnswerStream(updater)
        notes = _Notes(updater, said=watched(context))

        async def forward(event: Event) -> None:
            if isinstance(event, TextDelta):
                await notes.drop()
                await answer.add(event.text)
            elif isinstance(event, ToolCalled):
                await notes.drop()
                await answer.flush()
                await notes.say(f"Calling {event.call.name}({_preview(event.call.arguments)})")
            elif isinstance(event, ToolReturned):
                verdict = "failed" if event.result.is_error else "returned"
                notes.say_later(f"{event.result.name} {verdict}: {_clip(event.result.text)}")

        streams = getattr(self.agent.model, "streams_text", False)  # the offline model has nothing to stream
        try:
            outcome = await self.agent.run(text, on_event=forward, stream_text=streams, limits=limits, history=history)
        finally:
            await notes.drop()
        await answer.flush()
        await self._finish(updater, outcome, streamed=answer.started)

    async def _finish(self, updater: TaskUpdater, outcome: Outcome, *, streamed: bool) -> None:
        telemetry.conclude(outcome.status)
        metadata: dict[str, Any] = {
            "usage": usage_to_wire(outcome.usage, outcome.cost_usd),
            "model": self.agent.model.name,
        }
        if outcome.status == "completed":
            parts = [new_text_part(outcome.text, media_type="text/plain")]
            parts += [new_data_part(item, media_type="application/json") for item in outcome.data]
            await updater.add_artifact(
                parts, artifact_id=ANSWER, name=ANSWER, metadata=metadata, append=False, last_chunk=True
            )
            await updater.complete()
            return
        said = outcome.error if outcome.status == "failed" else outcome.text
        said = said or "the agent failed"
        if streamed:  # the half-written answer gives way to what the caller must read now
            await updater.add_artifact(
                [Part(text=said)], artifact_id=ANSWER, name=ANSWER, metadata=metadata, append=False, last_chunk=True
            )
        message = updater.new_agent_message([Part(text=said)])
        if outcome.status == "input-required" and outcome.conversation:
            kept = conversation.dump(outcome.conversation)
            if kept is not None:
                metadata[CONVERSATION] = kept
        message.metadata.update(metadata)
        if outcome.status == "input-required":
            await updater.requires_input(message)
        elif outcome.status == "rejected":
            await updater.reject(message)
        else:
            await updater.failed(message)


class _Notes:
    """The run's ``working`` notes, in order: one said now, or one said only if nothing overtakes it first.

    ``say_later`` sends its note after ``RESULT_NOTE_S`` unless another note, the answer or the end of the run
    comes sooner (``drop``); a note already being sent is waited for, never cut off, so notes never cross. With
    ``said`` false (nobody can see them) no note is sent.
    """

    def __init__(self, updater: TaskUpdater, *, said: bool = True) -> None:
        self.updater = updater
        self.said = said
        self._later: asyncio.Task[None] | None = None
        self._sending = False

    async def say(self, text: str) -> None:
        await self.drop()
        if self.said:
            await _working(self.updater, text)

    def say_later(self, text: str) -> None:
        if not self.said:
            return
        if self._later is not None and not self._later.done():
            self._later.cancel()  # still waiting (``drop`` came before any other note): this one supersedes it
        self._later = asyncio.create_task(self._after(text))

    async def _after(self, text: str) -> None:
        await asyncio.sleep(RESULT_NOTE_S)
        self._sending = True
        try:
            await _working(self.updater, text)
        finally:
            self._sending = False

    async def drop(self) -> None:
        """Forget the note waiting to be said; one being sent is finished first."""
        later, self._later = self._later, None
        if later is None or later.done():
            return
        if not self._sending:
            later.cancel()
        await asyncio.wait([later])  # not ``await later``: that would take its cancellation for this task's own
        if not later.cancelled() and (error := later.exception()) is not None:
            raise error


class _AnswerStream:
    """The model's text as chunks of the ``answer`` artifact, a few per second rather than one per token."""

    def __init__(self, updater: TaskUpdater) -> None:
        self.updater = updater
        self.buffer: list[str] = []
        self.started = False
        self.last = 0.0

    async def add(self, text: str) -> None:
        self.buffer.append(text)
        if sum(map(len, self.buffer)) >= FLUSH_CHARS or time.monotonic() - self.last >= FLUSH_SECONDS:
            await self.flush()

    async def flush(self) -> None:
        text = "".join(self.buffer)
        self.buffer.clear()
        if not text:
            return
        await self.updater.add_artifact(
            [Part(text=text)], artifact_id=ANSWER, name=ANSWER, append=self.started, last_chunk=False
        )
        self.started = True
        self.last = time.monotonic()


def run_limits(budget: object) -> RunLimits | None:
    """What the caller's budget has left for this call (``maxTokens``, ``maxCostUsd``, ``deadline``)."""
    if not isinstance(budget, Mapping):
        return None
    limits = cast(Mapping[str, object], budget)  # JSON from the wire

    def positive(*keys: str) -> float | None:
        for key in keys:
            value = limits.get(key)
            if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < 1e12:
                return float(value) if math.isfinite(value) else None
        return None

    tokens = positive("max_tokens")
    return RunLimits(
        max_tokens=int(tokens) if tokens is not None else None,
        max_cost_usd=positive("max_cost_usd", "max_cost"),
        deadline_s=positive("deadline", "deadline_s"),
    )


def _asked(task: Task, follow_up: Message | None) -> Message | None:
    """The agent's last message before the follow-up: the question the task was waiting on.

    Only what the agent itself stored counts: the follow-up (whatever role its sender gave it) is never read
    as the agent's words, so a caller cannot hand the model a conversation of its own making.
    """
    if task.status.HasField("message") and task.status.message.role == Role.ROLE_AGENT:
        return task.status.message
    incoming = follow_up.message_id if follow_up is not None else None
    earlier = [m for m in task.history if not incoming or m.message_id != incoming]
    return next((m for m in reversed(earlier) if m.role == Role.ROLE_AGENT), None)


def _metadata(message: Message) -> dict[str, Any]:
    return json_format.MessageToDict(message.metadata) if message.HasField("metadata") else {}


async def _working(updater: TaskUpdater, text: str) -> None:
    await updater.update_status(TaskState.TASK_STATE_WORKING, updater.new_agent_message([Part(text=text)]))


def _preview(arguments: dict[str, Any]) -> str:
    text = ", ".join(f"{k}={json.dumps(v, ensure_ascii=False)}" for k, v in arguments.items())
    return _clip(text)


def _clip(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= MAX_ARGUMENT_PREVIEW else line[: MAX_ARGUMENT_PREVIEW - 1] + "…"
