"""Over real A2A: a code review beside an email that tells its own news sends the writer the news without the
code, and both answer."""

from __future__ import annotations

import pytest

from agents.a2a_client import state_name
from tests.orchestration.test_orchestrator_patterns import ask

pytestmark = pytest.mark.anyio

CODE = "```python\ndef area(r):\n    return 3.14 * r * rr\n```"


async def test_the_email_is_written_from_its_own_news_beside_the_review(mesh):
    for name in ("code_reviewer", "writer", "summarizer"):
        await mesh.specialist(name)
    url = await mesh.orchestrator_agent()
    request = (
        f"Review this snippet and write a quick email to my team saying code freeze starts Wednesday at noon\n{CODE}"
    )
    task, record = await ask(url, request)
    assert state_name(task) == "completed"
    steps = {s["agent"]: s for s in record["steps"]}
    assert steps["writer"]["input"] == "Write a quick email to my team saying code freeze starts Wednesday at noon"
    assert steps["writer"]["status"] == "completed" and steps["code_reviewer"]["status"] == "completed"
