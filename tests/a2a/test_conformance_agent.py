"""The conformance agent's TCK scenarios through the official A2A client, on JSON-RPC and on HTTP+JSON."""

from __future__ import annotations

import time

import anyio
import pytest
from a2a.client import ClientCallContext
from a2a.helpers import get_artifact_text
from a2a.types import (
    GetTaskRequest,
    Message,
    Part,
    Role,
    SendMessageConfiguration,
    SendMessageRequest,
    SubscribeToTaskRequest,
    TaskState,
)
from google.protobuf import json_format

from agents.a2a_client import fold
from agents.settings import Settings
from servers.a2a.conformance import conformance_app
from tests.a2a.conftest import BASE, BINDINGS, sdk_client, served

pytestmark = [pytest.mark.anyio, pytest.mark.parametrize("binding", BINDINGS)]
CALL = ClientCallContext(timeout=20)


@pytest.fixture
def app(tmp_path):
    return conformance_app(Settings(data_dir=tmp_path), BASE)


def message(message_id: str, text: str = "hello", *, task_id: str = "", context_id: str = "") -> Message:
    return Message(
        message_id=message_id, role=Role.ROLE_USER, parts=[Part(text=text)], task_id=task_id, context_id=context_id
    )


async def send(client, msg: Message, *, immediately: bool = False) -> list:
    request = SendMessageRequest(message=msg, configuration=SendMessageConfiguration(return_immediately=immediately))
    return [event async for event in client.send_message(request, context=CALL)]


def final(events):
    task = None
    for event in events:
        task = fold(task, event)
    return task


async def test_complete_task_says_hello(app, binding):
    async with served(app) as http:
        [event] = await send(sdk_client(http, app.state.card, binding), message("tck-complete-task-1"))
    assert event.task.status.state == TaskState.TASK_STATE_COMPLETED
    assert event.task.status.message.parts[0].text == "Hello from TCK"


@pytest.mark.parametrize(
    ("scenario", "expected"),
    [
        ("tck-artifact-text-1", {"text": "Generated text content"}),
        ("tck-artifact-file-1", {"filename": "output.txt", "mediaType": "text/plain"}),
        ("tck-artifact-file-url-1", {"url": "https://example.com/output.txt"}),
        ("tck-artifact-data-1", {"data": {"key": "value", "count": 42}}),
    ],
)
async def test_artifact_scenarios_complete_with_one_artifact(app, binding, scenario, expected):
    async with served(app) as http:
        [event] = await send(sdk_client(http, app.state.card, binding), message(scenario))
    task = event.task
    assert task.status.state == TaskState.TASK_STATE_COMPLETED
    [artifact] = task.artifacts
    [part] = json_format.MessageToDict(artifact)["parts"]
    assert expected.items() <= part.items()
    if scenario.startswith("tck-artifact-file-1"):
        assert "raw" in part and "url" not in part


async def test_message_response_is_a_message_not_a_task(app, binding):
    async with served(app) as http:
        [event] = await send(sdk_client(http, app.state.card, binding), message("tck-message-response-1"))
    assert event.WhichOneof("payload") == "message"
    assert event.message.parts[0].text == "Direct message response"


async def test_input_required_is_completed_by_a_follow_up_naming_only_the_task(app, binding):
    async with served(app) as http:
        client = sdk_client(http, app.state.card, binding)
        [first] = await send(client, message("tck-input-required-1"))
        assert first.task.status.state == TaskState.TASK_STATE_INPUT_REQUIRED
        [second] = await send(client, message("tck-follow-up-1", "more input", task_id=first.task.id))
        stored = await client.get_task(GetTaskRequest(id=first.task.id), context=CALL)
    assert second.task.id == first.task.id
    assert second.task.context_id == first.task.context_id
    assert stored.status.state == TaskState.TASK_STATE_COMPLETED


async def test_reject_task_is_rejected(app, binding):
    async with served(app) as http:
        [event] = await send(sdk_client(http, app.state.card, binding), message("tck-reject-task-1"))
    assert event.task.status.state == TaskState.TASK_STATE_REJECTED


@pytest.mark.parametrize(
    "scenario",
    [
        "tck-stream-001",
        "tck-stream-003",
        "tck-stream-ordering-001",
        "tck-stream-artifact-text",
        "tck-stream-artifact-file",
    ],
)
async def test_stream_scenarios_go_working_then_artifact_then_completed(app, binding, scenario):
    async with served(app) as http:
        events = await send(sdk_client(http, app.state.card, binding, streaming=True), message(scenario))
    kinds = [e.WhichOneof("payload") for e in events]
    states = [e.status_update.status.state for e in events if e.HasField("status_update")]
    assert kinds[0] == "task"
    assert states == [TaskState.TASK_STATE_WORKING, TaskState.TASK_STATE_COMPLETED]
    working, artifact, done = (kinds.index("status_update"), kinds.index("artifact_update"), len(kinds) - 1)
    assert working < artifact < done and kinds[done] == "status_update"


async def test_chunked_artifact_streams_two_chunks(app, binding):
    async with served(app) as http:
        events = await send(
            sdk_client(http, app.state.card, binding, streaming=True), message("tck-stream-artifact-chunked")
        )
    chunks = [e.artifact_update for e in events if e.HasField("artifact_update")]
    assert [c.artifact.parts[0].text for c in chunks] == ["chunk-1 ", "chunk-2"]
    assert chunks[1].append and chunks[1].last_chunk
    assert get_artifact_text(final(events).artifacts[0], delimiter="") == "chunk-1 chunk-2"


async def test_resubscribe_scenario_stays_working_at_least_four_seconds(app, binding):
    async with served(app) as http:
        client = sdk_client(http, app.state.card, binding, streaming=True)
        started = time.monotonic()
        [submitted] = await send(
            sdk_client(http, app.state.card, binding), message("test-resubscribe-message-id"), immediately=True
        )
        task_id = submitted.task.id
        with anyio.fail_after(20):
            events = [e async for e in client.subscribe(SubscribeToTaskRequest(id=task_id), context=CALL)]
        elapsed = time.monotonic() - started
    assert events[0].WhichOneof("payload") == "task"
    assert events[0].task.status.state in (TaskState.TASK_STATE_SUBMITTED, TaskState.TASK_STATE_WORKING)
    assert final(events).status.state == TaskState.TASK_STATE_COMPLETED
    assert elapsed >= 4.0


@pytest.mark.postgres
async def test_the_scenarios_hold_on_the_cluster_stores(tmp_path, binding):
    import os

    database = os.environ.get("ACCORD_TEST_POSTGRES_URL")
    if not database:
        pytest.skip("set ACCORD_TEST_POSTGRES_URL to a PostgreSQL database to run the PostgreSQL tests")
    app = conformance_app(Settings(data_dir=tmp_path, database_url=database), BASE)
    async with served(app) as http:
        client = sdk_client(http, app.state.card, binding)
        [first] = await send(client, message(f"tck-input-required-{tmp_path.name}"))
        [second] = await send(client, message(f"tck-answer-{tmp_path.name}", "more", task_id=first.task.id))
        streamed = await send(
            sdk_client(http, app.state.card, binding, streaming=True), message(f"tck-stream-artifact-chunked-{binding}")
        )
    assert first.task.status.state == TaskState.TASK_STATE_INPUT_REQUIRED
    assert second.task.status.state == TaskState.TASK_STATE_COMPLETED
    assert get_artifact_text(final(streamed).artifacts[0], delimiter="") == "chunk-1 chunk-2"
