"""Requests as users write them, through the orchestrator over real A2A (a registry, the offline specialists):
each part gets only its own text and material, a pipeline that cannot finish says so instead of handing back an
earlier stage's output, and the evaluator's generator is the agent whose skills fit the task."""

from __future__ import annotations

import pytest

from agents.a2a_client import state_name, task_text
from tests.orchestration.conftest import SUMMARIZER_CARD, WRITER_CARD
from tests.orchestration.test_orchestrator_graphs import by_id
from tests.orchestration.test_orchestrator_patterns import TEXT, ask

pytestmark = pytest.mark.anyio


async def test_a_question_after_the_material_runs_beside_the_summary_and_gets_none_of_the_material(mesh):
    await mesh.specialist("calculator")
    await mesh.specialist("summarizer", SUMMARIZER_CARD)
    url = await mesh.orchestrator_agent()
    task, record = await ask(url, f"Two things please. Summarize this: {TEXT} And separately, what is 19 times 21?")
    assert state_name(task) == "completed" and record["pattern"] == "supervisor"
    steps = by_id(record)
    assert (steps["task-1"]["agent"], steps["task-1"]["input"]) == ("summarizer", f"Summarize this: {TEXT}")
    assert (steps["task-2"]["agent"], steps["task-2"]["input"]) == ("calculator", "What is 19 times 21?")
    assert steps["task-1"]["depends_on"] == steps["task-2"]["depends_on"] == []
    assert "399" in steps["task-2"]["output"]


async def test_a_pipeline_whose_last_stage_declines_ends_declined_and_never_answers_with_the_summary(mesh):
    await mesh.specialist("summarizer", SUMMARIZER_CARD)
    await mesh.specialist("writer", WRITER_CARD)
    url = await mesh.orchestrator_agent()
    metadata = {"pattern": "pipeline", "agents": ["summarizer", "writer"]}
    task, record = await ask(url, f"Summarize this, then print it on the office printer: {TEXT}", metadata)
    first, second = record["steps"]
    assert (first["status"], second["status"]) == ("completed", "rejected")
    assert state_name(task) == record["status"] == "rejected" and record["answered_by"] == ["step-2"]
    assert task_text(task).startswith("Step 2 (writer) did not complete (rejected)")
    assert first["output"] not in task_text(task)


async def test_the_evaluator_drafts_with_the_writer_for_a_reminder_not_with_the_calculator(mesh):
    for name in ("calculator", "writer"):
        await mesh.specialist(name)  # the built-in cards: the writer revises and judges
    await mesh.specialist("summarizer", SUMMARIZER_CARD)
    url = await mesh.orchestrator_agent()
    request = "Create a reminder for the team that timesheets are due by 5 pm on Thursday: submit them in the portal."
    task, record = await ask(url, request, {"pattern": "evaluator"})
    assert [s["agent"] for s in record["steps"][:2]] == ["writer", "writer"]
    assert [s["id"] for s in record["steps"][:2]] == ["generate-1", "evaluate-1"]


async def test_a_translation_the_offline_writer_cannot_do_is_declined_and_never_scored(mesh):
    await mesh.specialist("writer")
    url = await mesh.orchestrator_agent()
    request = "Translate this notice into Spanish: The swimming pool is closed on Sunday for cleaning."
    task, record = await ask(url, request, {"pattern": "evaluator"})
    # whether the writer declines itself or hands the notice back unchanged, no judge scores it
    assert state_name(task) == "rejected" and [s["id"] for s in record["steps"]] == ["generate-1"]
