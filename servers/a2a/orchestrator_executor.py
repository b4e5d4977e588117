"""OrchestratorExecutor: the orchestrator behind the a2a-sdk ``AgentExecutor`` interface.

The event order a client sees for one message:

1. the new task, then ``working`` with "Orchestrating";
2. per step, a ``working`` update when it starts ("step started: calculator") and one when it finishes
   ("step finished: calculator (completed, 12 ms)"); each update's metadata names the event, the agent, the
   step and the run, so a client can follow the run without parsing text; plan decisions arrive the same way
   (not for a blocking send of a new task without a webhook: its caller sees only the task at rest, and the run
   record names every step);
3. one artifact named ``answer``: the text answer, then a data part holding the run record
   (``{"run_id", "pattern", "status", "output", "steps": [...], "answered_by", "usage", ...}``; ``answered_by``
   names the steps whose outputs the answer is), and in its metadata the
   usage of every model call of the run, the orchestrator's own routing and planning included
   (``inputTokens``, ``outputTokens``, ``cacheReadTokens``, ``cacheWriteTokens``, ``costUsd``) and ``runId``;
4. ``completed`` (the record's status is ``completed`` or ``partial``), ``failed``, ``input-required`` or
   ``rejected`` (no part of the request could be done honestly; the message says why).

Metadata keys are camelCase both ways (``runId``, ``latencyMs``; snake_case is still read). The metadata of the
message chooses: ``pattern``, ``agents``, ``runId`` (resume), ``budget`` (``maxCalls``, ``maxTokens``,
``maxCostUsd``, ``deadline``), ``onError``;
``hops`` over the maximum depth is refused before anything runs. The trace comes from the metadata or, when an
agent dropped it, the ``traceparent`` HTTP header; a trace with too many runs in flight here (a loop through an
agent that drops ``hops``) ends ``failed`` at once with a message naming the loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any, cast

from a2a.helpers import get_data_parts, new_text_part
from a2a.server.agent_execution import RequestContext
from a2a.server.context import ServerCallContext
from a2a.server.tasks import TaskUpdater
from a2a.types import Part, Task, TaskState
from google.protobuf import struct_pb2

from agents import telemetry
from agents.orchestrator import Orchestrator
from agents.storage.runs import commits_awaited_by
from agents.wire_metadata import from_wire, to_wire, usage_to_wire
from patterns import Progress, Request, Result, StepFinished, StepStarted
from patterns.store import act_for
from patterns.watching import unwatched
from servers.a2a.hops import incoming_metadata
from servers.a2a.lifecycle import TaskExecutor, answered_at_rest, watched
from servers.a2a.task_store import AWAITS_PENDING, PENDING_COMMITS

log = logging.getLogger(__name__)

PREVIEW = 120


class OrchestratorExecutor(TaskExecutor):
    def __init__(self, orchestrator: Orchestrator) -> None:
        self.orchestrator = orchestrator
        self.max_depth = orchestrator.max_depth

    async def run(self, context: RequestContext, task: Task, updater: TaskUpdater) -> None:
        with telemetry.task(self.orchestrator.name):  # in flight, for the metrics
            await self._run(context, task, updater)

    async def _run(self, context: RequestContext, task: Task, updater: TaskUpdater) -> None:
        act_for(_owner(context))  # the runs this task starts or resumes belong to its caller
        await updater.start_work(updater.new_agent_message([Part(text="Orchestrating")]))
        request = _request(context)
        if task.status.state == TaskState.TASK_STATE_INPUT_REQUIRED:
            request = _continuation(task, request)
        result: Result | None = None
        seen = watched(context)
        # a blocking send's caller sees only the task at rest: the run's workers are then called without a stream
        with (
            unwatched() if answered_at_rest(context) else contextlib.nullcontext(),
            _final_commit_overlapped(context, seen),
        ):
            async for event in self.orchestrator.stream(request):
                if isinstance(event, Result):
                    result = event
                    continue
                if not seen:  # nobody sees the step notes; the run record in the answer names every step
                    continue
                text, metadata = _describe(event)
                await updater.update_status(
                    TaskState.TASK_STATE_WORKING,
                    updater.new_agent_message([Part(text=text)]),
                    metadata=to_wire(metadata),
                )
        assert result is not None
        await self._finish(updater, result)

    async def _finish(self, updater: TaskUpdater, result: Result) -> None:
        telemetry.conclude(result.status)
        if result.record is not None:  # the run's record as its last checkpoint stored it
            record: dict[str, Any] | None = result.record.to_dict()
        else:
            record = await self.orchestrator.record(result.run_id) if result.run_id else None
        if record is None:  # refused before a run started (unknown pattern, no agents)
            record = {
                "run_id": None,
                "pattern": None,
                "status": result.status,
                "output": result.text,
                "steps": [],
                "usage": result.usage.to_dict(),
                "error": result.error,
            }
        parts = [new_text_part(result.text, media_type="text/plain"), _data_part(record)]
        metadata = {"usage": usage_to_wire(result.usage), "runId": result.run_id or ""}
        await updater.add_artifact(parts, name="answer", metadata=metadata, last_chunk=True)
        if result.status == "failed":
            await updater.failed(updater.new_agent_message([Part(text=result.error or "the orchestration failed")]))
        elif result.status == "input-required":
            await updater.requires_input(updater.new_agent_message([Part(text=result.text)]))
        elif result.status == "rejected":
            await updater.reject(updater.new_agent_message([Part(text=result.error or result.text)]))
        else:
            await updater.complete()


def _data_part(record: dict[str, Any]) -> Part:
    """The run record as a JSON data part: the part ``a2a.helpers.new_data_part`` makes, the ``Struct`` filled
    from the dict directly instead of through protobuf's JSON parser (a third of the time, for the same message).
    """
    value = struct_pb2.Value()
    value.struct_value.update(record)
    return Part(data=value, media_type="application/json")


def _owner(context: RequestContext) -> str | None:
    """The authenticated caller's name (its task scope too); ``None`` when auth is off."""
    return _caller(context.call_context)


def _final_commit_overlapped(context: RequestContext, watched: bool) -> contextlib.AbstractContextManager[None]:
    """For an unwatched blocking send in a task store that waits for handed-over commits: the run's final record
    is committed alongside the task's resting save (which the answer waits for), not before it starts.

    Only then: a stream or a webhook would see the answer's artifact (the run record) before the resting save,
    and a cluster store does not wait for commits handed to it (``AWAITS_PENDING`` is not set)."""
    call_context = cast("ServerCallContext | None", context.call_context)  # typed as always present; see _caller
    if watched or call_context is None or not answered_at_rest(context):
        return contextlib.nullcontext()
    state = call_context.state

    def handover() -> list[asyncio.Future[None]] | None:
        # asked at the final save: by then the task store has saved this request's task (or nobody waits)
        return state.setdefault(PENDING_COMMITS, []) if state.get(AWAITS_PENDING) else None

    return commits_awaited_by(handover)


def _caller(call_context: ServerCallContext | None) -> str | None:
    # the SDK types the call context as always present; a context built without one still runs, unowned
    user = call_context.user if call_context is not None else None
    return user.user_name if user is not None and user.is_authenticated else None


def _request(context: RequestContext) -> Request:
    metadata = from_wire(incoming_metadata(context))
    data_parts = get_data_parts(list(context.message.parts)) if context.message is not None else []
    data = next((cast("dict[str, Any]", d) for d in data_parts if isinstance(d, dict)), None)  # JSON objects
    return Request(context.get_user_input(), data, metadata)


def _continuation(task: Task, answer: Request) -> Request:
    """The follow-up to a task that asked for input, as the request to run: the original request with the answer
    appended, sent to the agent that asked (the run record's step that ended ``input-required``), not routed anew.
    """
    first = task.history[0] if task.history else None
    original = " ".join(p.text for p in first.parts if p.HasField("text")) if first is not None else ""
    parts: list[object] = [d for a in task.artifacts for d in get_data_parts(list(a.parts))]
    records = [cast("dict[str, Any]", d) for d in parts if isinstance(d, dict) and "steps" in d]  # run records
    steps: object = records[-1].get("steps") if records else None
    listed = cast("list[object]", steps) if isinstance(steps, list) else []
    asking = [
        cast("dict[str, Any]", s).get("agent")
        for s in listed
        if isinstance(s, dict) and cast("dict[str, Any]", s).get("status") == "input-required"
    ]
    metadata = dict(answer.metadata)
    if asking and isinstance(asking[0], str) and "agents" not in metadata:
        metadata.update(pattern="router", agents=[asking[0]])
    return answer.replace(text=f"{original}\n{answer.text}".strip(), metadata=metadata)


def _describe(event: Any) -> tuple[str, dict[str, Any]]:
    if isinstance(event, StepStarted):
        text = f"step started: {event.worker}: {_preview(event.input)}"
        return text, {"event": "step_started", "agent": event.worker, "step": event.step_id, "run_id": event.run_id}
    if isinstance(event, StepFinished):
        step = event.step
        text = f"step finished: {step.agent} ({step.status}, {step.latency_ms:.0f} ms)"
        if step.error:
            text += f": {_preview(step.error)}"
        metadata = {
            "event": "step_finished",
            "agent": step.agent,
            "step": step.id,
            "status": step.status,
            "latency_ms": round(step.latency_ms, 1),
            "tokens": step.tokens,
            "run_id": event.run_id,
        }
        return text, metadata
    if isinstance(event, Progress):
        return event.text, {"event": "progress", "agent": event.worker, "run_id": event.run_id}
    return str(event), {"event": "progress"}


def _preview(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= PREVIEW else line[: PREVIEW - 1] + "…"
