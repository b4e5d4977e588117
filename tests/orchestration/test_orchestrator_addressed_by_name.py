"""Over real A2A: agents spoken to by name with no verb before them are each asked the order after their names, and
taking the text up ("take this and ...") is no part of what they are asked."""

from __future__ import annotations

import pytest

from agents.a2a_client import state_name
from tests.orchestration.test_orchestrator_patterns import ask

pytestmark = pytest.mark.anyio

TEXT = (
    "Our estate has been in the Moreau family since 1921. We farm eleven hectares of Chardonnay and Pinot Noir on "
    "limestone slopes above the village. Since 2015 the vineyard has been certified organic, and all grapes are "
    "picked by hand. Wines are made in small batches and aged in our own cellar. Visitors are welcome for tastings "
    "from Tuesday to Saturday."
)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Have the summarizer and the writer both take this and make it shorter for the website: {TEXT}",
        f"Both the summarizer and the writer, please, make this shorter for the website: {TEXT}",
    ],
)
async def test_both_agents_named_shorten_the_text(mesh, request_text: str):
    for name in ("summarizer", "writer", "researcher"):
        await mesh.specialist(name)
    url = await mesh.orchestrator_agent()
    task, record = await ask(url, request_text)
    assert state_name(task) == "completed" and record["pattern"] == "fanout"
    steps = {s["agent"]: s for s in record["steps"]}
    assert set(steps) == {"summarizer", "writer"}
    assert all(s["status"] == "completed" and s["input"].startswith("Make ") for s in steps.values())
    assert all("Moreau" in s["output"] for s in steps.values())
