"""Over real A2A: a sum, then an email telling people how much a thing costs, is worked out by the calculator and
written by the writer with the figure said in its clause."""

from __future__ import annotations

import pytest

from agents.a2a_client import state_name
from tests.orchestration.test_orchestrator_patterns import ask

pytestmark = pytest.mark.anyio


async def test_the_writer_tells_how_much_the_trip_costs_from_the_sum(mesh):
    for name in ("calculator", "writer", "summarizer"):
        await mesh.specialist(name)
    url = await mesh.orchestrator_agent()
    request = "Calculate 12 times £45, then write a short email to the parents telling them how much the trip costs."
    task, record = await ask(url, request)
    assert state_name(task) == "completed"
    writer = record["steps"][1]
    assert writer["agent"] == "writer" and writer["status"] == "completed"
    assert writer["input"] == "Write a short email to the parents telling them the trip costs £540.00"
    assert "The trip costs £540.00" in writer["output"]
