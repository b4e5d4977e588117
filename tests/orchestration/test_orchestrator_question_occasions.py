"""Over real A2A: a question with a sentence after it telling how it came up is one job for one agent, and a part
set apart after that sentence is still a step of its own."""

from __future__ import annotations

import pytest

from agents.a2a_client import state_name, task_text
from tests.orchestration.test_orchestrator_patterns import ask

pytestmark = pytest.mark.anyio


async def test_who_got_the_question_wrong_goes_with_it_to_the_researcher(mesh):
    for name in ("researcher", "fact_checker", "writer"):
        await mesh.specialist(name)
    url = await mesh.orchestrator_agent()
    request = "Who painted the Mona Lisa? Somebody at the pub quiz got it wrong last night."
    task, record = await ask(url, request)
    assert state_name(task) == "completed"
    assert [s["agent"] for s in record["steps"]] == ["researcher"]
    assert "Leonardo" in task_text(task)


async def test_a_sum_set_apart_after_the_occasion_is_a_step_of_its_own(mesh):
    for name in ("researcher", "calculator", "fact_checker"):
        await mesh.specialist(name)
    url = await mesh.orchestrator_agent()
    task, record = await ask(url, "How tall is the Eiffel Tower? My friends asked me. Also, what is 12 times 9?")
    assert sorted(s["agent"] for s in record["steps"]) == ["calculator", "researcher"]
    assert "108" in task_text(task)
