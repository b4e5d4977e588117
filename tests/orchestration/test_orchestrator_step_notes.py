"""Step notes: a blocking send of a new task, answered only at rest, keeps no per-step working notes; the run
record in its answer names every step. A stream still gets them (test_orchestrator_patterns)."""

from __future__ import annotations

import anyio
import pytest
from a2a.types import GetTaskRequest

from agents.a2a_client import A2AConnection, state_name, task_data

pytestmark = pytest.mark.anyio


async def test_a_blocking_send_stores_no_step_notes_and_its_record_names_the_step(mesh):
    await mesh.specialist("calculator")
    url = await mesh.orchestrator_agent()
    with anyio.fail_after(30):
        async with A2AConnection(url, streaming=False, timeout_s=30) as agent:
            task = await agent.send("What is 17% of 2,340?")
            assert agent._client is not None
            stored = await agent._client.get_task(GetTaskRequest(id=task.id, history_length=20))
    record = next(d for d in task_data(task) if isinstance(d, dict) and "steps" in d)
    assert state_name(task) == "completed"
    assert [s["agent"] for s in record["steps"]] == ["calculator"]
    notes = [p.text for m in stored.history for p in m.parts if p.text]
    assert "Orchestrating" in notes  # the task still shows as working while it runs
    assert not [n for n in notes if n.startswith(("step started", "step finished", "routing to"))]
