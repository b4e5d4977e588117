"""An outline asked in bullets is those bullets: one per point given, nothing added around them."""

from __future__ import annotations

import pytest
from conftest import call, declined_by_writer, tool_server, writer_outcome

pytestmark = pytest.mark.anyio


async def test_an_outline_with_five_bullets_is_the_five_points_given() -> None:
    result = await call(
        tool_server("writer"),
        "outline",
        request="Outline a report with 5 bullets: objective, data sources, method, findings, next steps.",
    )
    assert result.structured_content["text"] == (
        "# Report\n\n- Objective\n- Data sources\n- Method\n- Findings\n- Next steps"
    )


async def test_an_outline_asking_more_bullets_than_points_given_is_declined() -> None:
    message = await declined_by_writer("Outline a presentation with four bullets: budget, hiring, risks", "outline")
    assert "3 points" in message and "4 bullets" in message


async def test_the_agent_answers_with_each_bullet_once() -> None:
    outcome = await writer_outcome(
        "Outline a report with 5 bullets: objective, data sources, method, findings, next steps."
    )
    bullets = [line for line in outcome.text.splitlines() if line.lstrip().startswith("- ")]
    assert outcome.status == "completed" and len(bullets) == 5
