"""What the router sends, over real A2A: a one-part request that says why it asks, asks, and pastes its text after
the question reaches its agent with the text after a colon, as the planner reads it; a plain question goes as
written."""

from __future__ import annotations

import pytest

from tests.orchestration.conftest import SUMMARIZER_CARD
from tests.orchestration.test_orchestrator_patterns import ask

pytestmark = pytest.mark.anyio


async def test_the_router_hands_the_summarizer_the_text_after_the_users_question(mesh):
    await mesh.specialist("summarizer", SUMMARIZER_CARD)
    await mesh.specialist("calculator")
    url = await mesh.orchestrator_agent()
    request = (
        "My landlord sent this. Can you summarise it? The rent rises in May. The bins move to Tuesday. The gate code "
        "changes next week. The hallway will be repainted in June."
    )
    task, record = await ask(url, request)
    assert record["pattern"] == "router"
    step = record["steps"][0]
    assert step["agent"] == "summarizer"
    assert step["input"].startswith("My landlord sent this. Can you summarise it:\n\nThe rent rises in May.")


async def test_the_router_sends_a_plain_question_as_written(mesh):
    await mesh.specialist("calculator")
    await mesh.specialist("summarizer", SUMMARIZER_CARD)
    url = await mesh.orchestrator_agent()
    task, record = await ask(url, "What is 17% of 2,340?")
    assert [s["input"] for s in record["steps"]] == ["What is 17% of 2,340?"]
