"""Over real A2A: a list of things parted by semicolons gives each agent its item whole, figures and all."""

from __future__ import annotations

import pytest

from agents.a2a_client import state_name, task_text
from tests.orchestration.test_orchestrator_patterns import ask

pytestmark = pytest.mark.anyio


async def test_each_item_parted_by_semicolons_goes_whole_to_its_agent(mesh):
    for name in ("calculator", "writer", "researcher"):
        await mesh.specialist(name)
    url = await mesh.orchestrator_agent()
    request = "Two things: the average of 14, 18, 22 and 30; and a one-line announcement that the office is closed."
    task, record = await ask(url, request)
    assert state_name(task) == "completed"
    inputs = {s["agent"]: s["input"] for s in record["steps"]}
    assert inputs["calculator"] == "What is the average of 14, 18, 22 and 30?"
    assert "21" in task_text(task)


async def test_a_sum_after_a_claim_opened_by_then_also_is_worked_out(mesh):
    for name in ("calculator", "fact_checker", "researcher"):
        await mesh.specialist(name)
    url = await mesh.orchestrator_agent()
    request = "Check this claim: the Moon is about 38,000 km from the Earth. Then also tell me what 15% of 480 is."
    task, record = await ask(url, request)
    assert sorted(s["agent"] for s in record["steps"]) == ["calculator", "fact_checker"]
    assert "72" in task_text(task) and "contradicted" in task_text(task).lower()
