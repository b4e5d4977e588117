"""The run record in the orchestrator's answer is the record its store keeps, over real A2A.

The answer carries the record as the run's last checkpoint stored it (the orchestrator does not read it back), so
what a caller is shown and what ``accord runs`` shows later must be one and the same.
"""

from __future__ import annotations

import httpx
import pytest

from agents.a2a_client import state_name
from tests.orchestration.test_orchestrator_patterns import ask

pytestmark = pytest.mark.anyio


async def stored(url: str, run_id: str) -> dict:
    async with httpx.AsyncClient(timeout=10) as http:
        response = await http.get(f"{url}/runs/{run_id}")
    assert response.status_code == 200
    return response.json()


@pytest.mark.parametrize(
    ("request_text", "pattern"),
    [
        ("What is 17% of 2,340?", "router"),
        ("What is 12% of 4,500? Also, what is 45 plus 78?", "supervisor"),
    ],
)
async def test_the_record_in_the_answer_is_the_stored_record(mesh, request_text: str, pattern: str):
    await mesh.specialist("calculator")
    await mesh.specialist("researcher")
    url = await mesh.orchestrator_agent()
    task, record = await ask(url, request_text)
    assert state_name(task) == "completed" and record["pattern"] == pattern
    assert record["status"] == "completed" and record["steps"]
    assert record == await stored(url, record["run_id"])
