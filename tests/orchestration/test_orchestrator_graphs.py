"""Plans as graphs, the judge and the pipeline over real A2A: a registry, the offline specialists, the orchestrator.

The specialists' wording is theirs; these tests hold the orchestrator to what it controls: each step's input,
the plan's dependencies, who judges, and what a stage is handed.
"""

from __future__ import annotations

import pytest

from agents.a2a_client import state_name, task_text
from patterns import judge_message
from tests.orchestration.conftest import SUMMARIZER_CARD, WRITER_CARD
from tests.orchestration.test_orchestrator_patterns import TEXT, ask

pytestmark = pytest.mark.anyio

PARTS = ["What's 15% of 2,400", "Was Napoleon really short?", "Write a tagline for a flower shop"]
JUDGING_WRITER_CARD = {
    **WRITER_CARD,
    "skills": [
        *WRITER_CARD["skills"],
        {
            "id": "judge",
            "name": "Judge a draft",
            "description": "Scores a draft against its task from 0 to 1, with feedback.",
            "tags": ["judge", "evaluate", "score", "critique"],
            "examples": ["Judge this draft against its task"],
        },
    ],
}


def by_id(record: dict) -> dict[str, dict]:
    return {s["id"]: s for s in record["steps"]}


async def test_independent_parts_run_as_parallel_steps_each_with_only_its_own_text(mesh):
    for name in ("calculator", "fact_checker"):
        await mesh.specialist(name)
    await mesh.specialist("writer", WRITER_CARD)
    url = await mesh.orchestrator_agent()
    task, record = await ask(url, "what's 15% of 2,400; was Napoleon really short? write a tagline for a flower shop")
    assert record["pattern"] == "supervisor"
    assert [(t["text"], t["depends_on"]) for t in record["plan"]["tasks"]] == [(p, []) for p in PARTS]
    steps = by_id(record)
    assert [(steps[f"task-{i}"]["input"], steps[f"task-{i}"]["depends_on"]) for i in (1, 2, 3)] == [
        (p, []) for p in PARTS
    ]
    assert steps["task-1"]["agent"] == "calculator" and "360" in steps["task-1"]["output"]
    assert "360" not in steps["task-2"]["input"] + steps["task-3"]["input"]


async def test_a_part_that_uses_the_result_gets_it_as_its_material(mesh):
    await mesh.specialist("calculator")
    await mesh.specialist("writer", WRITER_CARD)
    url = await mesh.orchestrator_agent()
    task, record = await ask(url, "What is 8% of 1,250, then use the result in a one-line sales note")
    assert [t["depends_on"] for t in record["plan"]["tasks"]] == [[], ["1"]]
    first, second = by_id(record)["task-1"], by_id(record)["task-2"]
    assert first["status"] == "completed" and "100" in first["output"]
    assert second["depends_on"] == ["task-1"]
    # the calculator's answer, not its working ("result: 100", "steps: ...")
    assert second["input"] == "Use the result in a one-line sales note:\n\n100"


async def test_the_evaluator_is_judged_by_the_agent_with_a_judging_skill(mesh):
    await mesh.specialist("calculator")
    await mesh.specialist("summarizer", SUMMARIZER_CARD)
    await mesh.specialist("writer", JUDGING_WRITER_CARD)
    url = await mesh.orchestrator_agent()
    request = "Write a slogan for a bakery that opens at dawn"
    task, record = await ask(url, request, {"pattern": "evaluator"})
    generate, evaluate = record["steps"][:2]
    assert (generate["id"], generate["agent"]) == ("generate-1", "writer")
    assert (evaluate["id"], evaluate["agent"], evaluate["depends_on"]) == ("evaluate-1", "writer", ["generate-1"])
    assert evaluate["input"] == judge_message(request, generate["output"])


async def test_the_evaluator_declines_when_no_agent_can_judge(mesh):
    await mesh.specialist("calculator")
    await mesh.specialist("summarizer", SUMMARIZER_CARD)
    url = await mesh.orchestrator_agent()
    task, record = await ask(url, "Write a slogan for a bakery", {"pattern": "evaluator"})
    assert state_name(task) == "rejected" and record["status"] == "rejected" and record["steps"] == []
    assert task_text(task).startswith("No judge is available")


async def test_each_pipeline_stage_gets_an_instruction_and_the_previous_output_as_material(mesh):
    await mesh.specialist("summarizer", SUMMARIZER_CARD)
    await mesh.specialist("writer", WRITER_CARD)
    url = await mesh.orchestrator_agent()
    metadata = {"pattern": "pipeline", "agents": ["summarizer", "writer"]}
    task, record = await ask(url, f"Boil this down to two sentences, then write a tweet about it: {TEXT}", metadata)
    first, second = record["steps"]
    assert first["input"] == f"Boil this down to two sentences: {TEXT}" and first["status"] == "completed"
    assert second["input"] == f"Write a tweet about it:\n\n{first['output']}"
    assert second["depends_on"] == ["step-1"]
