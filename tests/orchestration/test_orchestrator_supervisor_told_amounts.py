"""Over real A2A: a sum, then an email telling people how much each owes, is worked out by the calculator and
written by the writer with the figure said in its clause."""

from __future__ import annotations

import pytest

from agents.a2a_client import state_name
from tests.orchestration.test_orchestrator_patterns import ask

pytestmark = pytest.mark.anyio


async def test_the_writer_tells_how_much_each_owes_from_the_sum(mesh):
    for name in ("calculator", "writer", "summarizer"):
        await mesh.specialist(name)
    url = await mesh.orchestrator_agent()
    request = "Split £86.40 between 6 people, then write a message to the team telling them how much each person gets."
    task, record = await ask(url, request)
    assert state_name(task) == "completed"
    writer = record["steps"][1]
    assert writer["agent"] == "writer" and writer["status"] == "completed"
    assert writer["input"] == "Write a message to the team telling them each person gets £14.40"
    assert "£14.40" in writer["output"]
