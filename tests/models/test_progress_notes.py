"""Working notes over real A2A calls: a tool call is always said; its result only while the agent is still at it."""

import pytest

from agents.a2a_client import A2AConnection, state_name
from tests.models.conftest import claude, team
from tests.support import fake_anthropic
from tests.support.servers import running

pytestmark = pytest.mark.anyio


def notes(events: list) -> list[str]:
    """The text of every ``working`` status update, in the order the stream carried them."""
    return [
        part.text
        for event in events
        if event.HasField("status_update") and event.status_update.status.state == 2  # TASK_STATE_WORKING
        for part in event.status_update.status.message.parts
    ]


async def streamed(url: str, request: str) -> tuple[list, object]:
    events: list = []

    async def seen(event) -> None:
        events.append(event)

    async with A2AConnection(url, timeout_s=30) as agent:
        task = await agent.send(request, on_update=seen)
    return events, task


async def test_a_result_the_model_takes_a_while_over_is_said_while_it_works(tmp_path):
    model = fake_anthropic.SlowAnswers(fake_anthropic.create_app(arguments={"request": "6 times 7"}), delay_s=0.5)
    async with running(model) as fake, team(tmp_path) as mesh:
        url = await mesh.agent("calculator", claude(fake), builtin=True)
        events, task = await streamed(url, "What is 6 times 7?")
    said = notes(events)
    assert state_name(task) == "completed"
    calling = next(i for i, text in enumerate(said) if text.startswith("Calling solve("))
    returned = next(i for i, text in enumerate(said) if text.startswith("solve returned: ") and "42" in text)
    assert calling < returned  # in the order they happened: the call, then its result, then the answer


async def test_a_result_overtaken_at_once_by_the_answer_is_not_said(tmp_path):
    async with team(tmp_path) as mesh:
        url = await mesh.agent("calculator", builtin=True)  # the offline model answers from the result at once
        events, task = await streamed(url, "What is 6 times 7?")
    said = notes(events)
    assert state_name(task) == "completed"
    assert any(text.startswith("Calling solve(") for text in said)
    assert not any(" returned: " in text for text in said)
