"""Over real A2A: a mean asked of a list given, then a message stating it, is worked out by the calculator and
written by the writer from the mean it hands on."""

from __future__ import annotations

import pytest

from agents.a2a_client import state_name
from tests.orchestration.test_orchestrator_patterns import ask

pytestmark = pytest.mark.anyio


async def test_the_mean_of_a_list_is_worked_out_and_then_written_up(mesh):
    for name in ("calculator", "writer", "researcher", "code_reviewer"):
        await mesh.specialist(name)
    url = await mesh.orchestrator_agent()
    request = (
        "Find the mean of our weekly sales: 1200, 950, 1100, 1350, 1450. Then draft a short message to Priya with "
        "the average."
    )
    task, record = await ask(url, request)
    assert state_name(task) == "completed"
    assert [(s["agent"], s["status"]) for s in record["steps"]] == [
        ("calculator", "completed"),
        ("writer", "completed"),
    ]
    assert "1210" in record["steps"][1]["input"] and "1210" in record["steps"][1]["output"]
