"""An agent's tool notes go only where someone can see them: a blocking send of a new task gets the task at rest,
so its run sends no 'Calling solve(...)' note (nor stores one); a stream and a non-blocking send still get it."""

from __future__ import annotations

import anyio
import pytest
from a2a.client import ClientConfig, ClientFactory
from a2a.types import GetTaskRequest, SendMessageConfiguration, SendMessageRequest, Task, TaskState

from agents.a2a_client import fold, task_text, user_message
from agents.models import LocalModel
from agents.settings import Settings
from agents.spec import builtin_spec
from servers.a2a.card import agent_card
from servers.a2a.hosting import agent_app
from tests.a2a.conftest import BASE, served

pytestmark = pytest.mark.anyio
QUESTION = "What is 17% of 2,340?"


def notes(task: Task) -> list[str]:
    return [p.text for m in task.history for p in m.parts if p.HasField("text") and m.role == 2]  # ROLE_AGENT


async def send(tmp_path, *, streaming: bool = False, return_immediately: bool = False) -> tuple[Task, list[str]]:
    """The task as stored once it rests, and the working notes the caller saw on the way (a stream's)."""
    app = agent_app(builtin_spec("calculator"), Settings(data_dir=tmp_path), BASE, model=LocalModel())
    async with served(app) as http:
        client = ClientFactory(ClientConfig(streaming=streaming, httpx_client=http)).create(
            agent_card("calculator", BASE)
        )
        configuration = SendMessageConfiguration(return_immediately=return_immediately)
        request = SendMessageRequest(message=user_message(QUESTION), configuration=configuration)
        task: Task | None = None
        seen: list[str] = []
        async for event in client.send_message(request):
            if event.HasField("status_update") and event.status_update.status.HasField("message"):
                seen += [p.text for p in event.status_update.status.message.parts]
            task = fold(task, event)
        assert task is not None
        with anyio.fail_after(10):
            while True:
                stored = await client.get_task(GetTaskRequest(id=task.id, history_length=50))
                if stored.status.state == TaskState.TASK_STATE_COMPLETED:
                    return stored, seen
                await anyio.sleep(0.02)


async def test_a_blocking_send_of_a_new_task_is_answered_without_tool_notes(tmp_path):
    stored, _ = await send(tmp_path)
    assert task_text(stored).splitlines()[0] == "397.8"
    assert "Working on it" in notes(stored)  # the task still went to work
    assert not any(n.startswith("Calling solve(") for n in notes(stored))


async def test_a_stream_still_sees_the_tool_call(tmp_path):
    stored, seen = await send(tmp_path, streaming=True)
    assert task_text(stored).splitlines()[0] == "397.8"
    assert any(n.startswith("Calling solve(") for n in seen)


async def test_a_non_blocking_send_still_stores_the_tool_call_for_its_poller(tmp_path):
    stored, _ = await send(tmp_path, return_immediately=True)
    assert task_text(stored).splitlines()[0] == "397.8"
    assert any(n.startswith("Calling solve(") for n in notes(stored))
