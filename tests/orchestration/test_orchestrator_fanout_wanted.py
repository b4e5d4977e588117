"""Over real A2A: a request that names the summarizer and the writer, then what it wants of each, is a fan-out in
which each agent is asked its own thing with the same text, and both answer."""

from __future__ import annotations

import pytest

from agents.a2a_client import state_name
from tests.orchestration.test_orchestrator_patterns import ask

pytestmark = pytest.mark.anyio

NOTES = (
    "The tenant reported a dripping kitchen tap on 3 March. A plumber replaced the washer on 6 March. The tenant "
    "confirmed the leak had stopped. The invoice was £85 including parts."
)


async def test_each_named_agent_answers_its_own_thing_wanted(mesh):
    for name in ("summarizer", "writer", "calculator"):
        await mesh.specialist(name)
    url = await mesh.orchestrator_agent()
    lead = "Send this to the summarizer and the writer - I want a short summary and a friendly note to the tenant"
    request = f"{lead}: {NOTES}"
    task, record = await ask(url, request)
    assert record["pattern"] == "fanout" and state_name(task) == "completed"
    inputs = {s["agent"]: s["input"] for s in record["steps"]}
    assert inputs == {
        "summarizer": f"I want a short summary:\n\n{NOTES}",
        "writer": f"I want a friendly note to the tenant:\n\n{NOTES}",
    }
    assert all(s["status"] == "completed" for s in record["steps"])
