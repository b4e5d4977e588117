"""What crosses from one agent to the next, over real A2A (a registry, the offline specialists, the orchestrator):
a dependent step works on the earlier answer, not on its working; a request that asks for its draft to be
reviewed runs the evaluator, whose writer never sees that request's loop; code goes to the code reviewer."""

from __future__ import annotations

import pytest

from agents.a2a_client import state_name, task_text
from tests.orchestration.conftest import SUMMARIZER_CARD
from tests.orchestration.test_orchestrator_graphs import by_id
from tests.orchestration.test_orchestrator_patterns import ask

pytestmark = pytest.mark.anyio


async def test_the_writer_drafts_the_bonus_message_from_the_amount_the_calculator_found(mesh):
    for name in ("calculator", "writer"):
        await mesh.specialist(name)
    url = await mesh.orchestrator_agent()
    request = "Work out 15% of 840, then draft a short message to Jo telling her that this amount is her bonus."
    task, record = await ask(url, request)
    steps = by_id(record)
    assert (steps["task-1"]["agent"], steps["task-2"]["agent"]) == ("calculator", "writer")
    assert steps["task-2"]["input"].endswith(":\n\n126")  # the answer, without "result:", "steps:" ...
    assert "steps" not in steps["task-2"]["input"]


async def test_asking_for_a_draft_to_be_improved_until_a_reviewer_is_happy_runs_the_evaluator(mesh):
    await mesh.specialist("writer")  # the built-in card: the writer drafts, revises and judges
    await mesh.specialist("summarizer", SUMMARIZER_CARD)
    url = await mesh.orchestrator_agent()
    request = (
        "Draft a polite reply turning down Saturday's book launch because of a family commitment, and keep "
        "improving it until a reviewer is happy."
    )
    task, record = await ask(url, request)
    assert record["pattern"] == "evaluator"
    generate = by_id(record)["generate-1"]
    assert generate["agent"] == "writer"
    assert generate["input"].endswith("because of a family commitment.")
    assert "keep improving" not in task_text(task).lower()


async def test_a_bare_review_of_a_code_block_goes_to_the_code_reviewer(mesh):
    await mesh.specialist("code_reviewer")
    await mesh.specialist("summarizer", SUMMARIZER_CARD)
    url = await mesh.orchestrator_agent()
    task, record = await ask(url, "Review:\n```python\ndef last(items):\n    return items[len(items)]\n```")
    assert [s["agent"] for s in record["steps"]] == ["code_reviewer"]
    assert state_name(task) in ("completed", "rejected")  # its findings, or its honest "nothing found"
