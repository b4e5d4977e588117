"""The conformance agent: the behaviours the A2A TCK's scenarios expect, chosen by the message id's prefix.

``accord serve conformance`` publishes it like every other agent (the same app, card routes, task store, auth and
push notifications), on JSON-RPC and HTTP+JSON. It is opt-in and never part of the default mesh: it answers with
canned content so that a protocol test suite can judge the hosting code, not a model.

=============================  ==========================================================================
message id starts with         the agent
=============================  ==========================================================================
``tck-complete-task``          completes the task with the message "Hello from TCK"
``tck-artifact-text``          completes with one text artifact, "Generated text content"
``tck-artifact-file``          ... one file artifact: ``output.txt``, ``text/plain``, its bytes inline
``tck-artifact-file-url``      ... one file artifact by URL, ``https://example.com/output.txt``
``tck-artifact-data``          ... one data artifact, ``{"key": "value", "count": 42}``
``tck-message-response``       answers with a Message, "Direct message response", and no task
``tck-input-required``         asks for input; the follow-up on the same task (its id alone is enough: the
                               context is the stored one) completes it
``tck-reject-task``            rejects the task
``tck-stream-artifact-chunked`` working, then one artifact in two chunks ("chunk-1 ", "chunk-2"), completed
``tck-stream-...``             working, then one text artifact, then completed (``-001``, ``-003``,
                               ``-ordering-001``, ``-artifact-text``, ``-artifact-file``)
``test-resubscribe-message-id`` stays working for ``RESUBSCRIBE_WORKING_S`` seconds, then completes
anything else                  completes with an echo of the text
=============================  ==========================================================================
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import Any

import anyio
from a2a.helpers import new_data_part, new_raw_part, new_task_from_user_message, new_text_part, new_url_part
from a2a.server.agent_execution import AgentExecutor, RequestContext
from a2a.server.events import EventQueue
from a2a.server.tasks import TaskUpdater
from a2a.types import Message, Part, Role, TaskState
from a2a.utils.errors import InvalidParamsError
from starlette.applications import Starlette
from starlette.routing import BaseRoute

from agents.settings import Settings
from servers.a2a.app import Hook, build_agent_app, task_store_url
from servers.a2a.card import agent_card, signed
from servers.credentials import Authenticator

NAME = "conformance"
RESUBSCRIBE_WORKING_S = 4.5
CARD: dict[str, Any] = {
    "name": NAME,
    "description": "Plays the A2A TCK's scenario behaviours, chosen by the message id's prefix. For protocol tests.",
    "version": "1.0.0",
    "capabilities": {"streaming": True, "pushNotifications": True},
    "defaultInputModes": ["text/plain", "application/json"],
    "defaultOutputModes": ["text/plain", "application/json"],
    "skills": [
        {
            "id": "tck-scenarios",
            "name": "TCK scenarios",
            "description": "Completes, rejects, asks for input, streams or answers with artifacts on request.",
            "tags": ["conformance", "testing"],
            "examples": ["tck-complete-task", "tck-stream-artifact-chunked"],
        }
    ],
}

ARTIFACTS: dict[str, list[Part]] = {
    # Longest prefixes first: "tck-artifact-file-url" also starts with "tck-artifact-file".
    "tck-artifact-file-url": [new_url_part("https://example.com/output.txt", "text/plain", "output.txt")],
    "tck-artifact-file": [new_raw_part(b"Generated file content", "text/plain", "output.txt")],
    "tck-artifact-data": [new_data_part({"key": "value", "count": 42}, "application/json")],
    "tck-artifact-text": [new_text_part("Generated text content", "text/plain")],
}


class ConformanceExecutor(AgentExecutor):
    """Canned behaviours by message id prefix (see the module docstring)."""

    async def execute(self, context: RequestContext, event_queue: EventQueue) -> None:
        message = context.message
        if message is None or message.role != Role.ROLE_USER or not message.parts:
            raise InvalidParamsError("send a user message with at least one part")
        scenario = message.message_id
        if context.current_task is None and scenario.startswith("tck-message-response"):
            reply = Message(
                message_id=f"reply-{scenario}"[:120],
                role=Role.ROLE_AGENT,
                context_id=context.context_id or "",
                parts=[Part(text="Direct message response")],
            )
            await event_queue.enqueue_event(reply)
            return
        task = context.current_task
        if task is None:
            task = new_task_from_user_message(message)
            await event_queue.enqueue_event(task)
        updater = TaskUpdater(event_queue, task.id, task.context_id)
        if task.status.state == TaskState.TASK_STATE_INPUT_REQUIRED:
            # The follow-up answers the question: whatever its message id, it completes the task it names.
            await updater.complete(updater.new_agent_message([Part(text=f"Received: {_text(message)}")]))
            return
        await self._play(scenario, message, updater)

    async def _play(self, scenario: str, message: Message, updater: TaskUpdater) -> None:
        if scenario.startswith("tck-complete-task"):
            await updater.complete(updater.new_agent_message([Part(text="Hello from TCK")]))
        elif scenario.startswith("tck-input-required"):
            await updater.requires_input(updater.new_agent_message([Part(text="Please provide more input")]))
        elif scenario.startswith("tck-reject-task"):
            await updater.reject(updater.new_agent_message([Part(text="Task rejected by the conformance agent")]))
        elif scenario.startswith("tck-artifact-"):
            prefix = next((p for p in ARTIFACTS if scenario.startswith(p)), "tck-artifact-text")
            await updater.add_artifact(list(ARTIFACTS[prefix]), name="output", last_chunk=True)
            await updater.complete()
        elif scenario.startswith("tck-stream-artifact-chunked"):
            await updater.start_work(updater.new_agent_message([Part(text="Streaming chunks")]))
            await updater.add_artifact([Part(text="chunk-1 ")], artifact_id="chunked", name="output", last_chunk=False)
            await updater.add_artifact([Part(text="chunk-2")], artifact_id="chunked", append=True, last_chunk=True)
            await updater.complete()
        elif scenario.startswith("tck-stream-"):
            await updater.start_work(updater.new_agent_message([Part(text="Working")]))
            await updater.add_artifact([Part(text="Streamed content")], name="output", last_chunk=True)
            await updater.complete()
        elif scenario.startswith("test-resubscribe-message-id"):
            await updater.start_work(updater.new_agent_message([Part(text="Working for a while")]))
            await anyio.sleep(RESUBSCRIBE_WORKING_S)
            await updater.complete(updater.new_agent_message([Part(text="Done")]))
        else:
            await updater.add_artifact([Part(text=f"Echo: {_text(message)}")], name="output", last_chunk=True)
            await updater.complete()

    async def cancel(self, context: RequestContext, event_queue: EventQueue) -> None:
        task = context.current_task
        task_id = task.id if task else context.task_id
        context_id = task.context_id if task else context.context_id
        await TaskUpdater(event_queue, task_id or "", context_id or "").cancel()


def _text(message: Message) -> str:
    return " ".join(p.text for p in message.parts if p.HasField("text"))[:200]


def conformance_app(
    settings: Settings,
    base_url: str,
    *,
    extra_routes: Sequence[BaseRoute] = (),
    lifespan_hooks: Sequence[Hook] = (),
    **options: Any,
) -> Starlette:
    """The conformance agent published at ``base_url``, hosted like every other agent (its card signed with the
    data dir's key); ``options`` go to ``build_agent_app`` (``lease_seconds``, say)."""
    data_dir = settings.ensure_data_dir()
    authenticator = Authenticator.for_data_dir(settings.token, data_dir)
    card = signed(agent_card(CARD, base_url, bearer=authenticator.enabled), data_dir)
    return build_agent_app(
        contextlib.nullcontext(),
        card,
        executor=ConformanceExecutor(),
        task_store_url=task_store_url(data_dir, NAME, settings.database_url),
        authenticator=authenticator,
        extra_routes=extra_routes,
        lifespan_hooks=lifespan_hooks,
        **options,
    )
