"""Dependent steps as users chain them ("work out X, then write Y with it"): the later step works on the earlier
step's answer, not on its working, and the evaluator's generator never receives the loop it is run in."""

from __future__ import annotations

import pytest

from patterns import (
    EvaluatorOptimizer,
    Pipeline,
    Request,
    Result,
    Skill,
    Supervisor,
    handed_on,
    without_loop_instruction,
)
from patterns.planning import Plan, Task
from tests.patterns.scripted import Scripted

pytestmark = pytest.mark.anyio

WORKING = "126\nresult: 126\nproblem: arithmetic\nexpression: 15% of 840\nsteps:\n  - 15% of 840 = 126"
SOLVED = Result(text=WORKING, data=[{"answer": "126", "result": 126.0, "steps": ["15% of 840 = 126"]}])


class FixedPlanner:
    def __init__(self, *tasks: Task) -> None:
        self.tasks = list(tasks)

    async def plan(self, request: Request, workers: object) -> Plan:
        return Plan(self.tasks)


def test_a_stated_answer_is_handed_on_without_the_working() -> None:
    assert handed_on(SOLVED) == "126"
    assert handed_on(Result(text="225 minutes\nresult: 225", data=[{"answer": "225 minutes"}])) == "225 minutes"
    assert handed_on(Result(text="x", data=[{"answer": 960.0}])) == "960"


def test_a_result_without_a_stated_answer_is_handed_on_whole() -> None:
    review = "Found 1 likely bug:\n- line 3: items[i] runs past the end"
    assert handed_on(Result(text=review, data=[{"findings": [{"line": 3}]}])) == review
    assert handed_on(Result(text="A summary.", data=[{"answer": ""}])) == "A summary."
    assert handed_on(Result(text="yes", data=[{"answer": True}])) == "yes"


async def test_the_bonus_message_is_drafted_from_the_amount_not_from_the_calculators_working() -> None:
    calculator = Scripted("calculator", SOLVED)
    writer = Scripted("writer", "Hi Jo, your bonus is 126.")
    planner = FixedPlanner(
        Task("1", "Work out 15% of 840", "calculator"),
        Task("2", "Draft a short message to Jo telling her that this amount is her bonus", "writer", ("1",)),
    )
    supervisor = Supervisor([calculator, writer], planner=planner)
    result = await supervisor.send(Request("Work out 15% of 840, then draft a short message to Jo ..."))
    assert result.ok
    sent = writer.requests[0]
    assert sent.text == "Draft a short message to Jo telling her that this amount is her bonus:\n\n126"
    assert sent.data is not None and sent.data["inputs"][0]["text"] == WORKING  # the whole result rides as data


async def test_a_pipeline_stage_gets_the_answer_of_the_stage_before() -> None:
    calculator = Scripted("calculator", SOLVED)
    writer = Scripted("writer", "Our snack budget is 126.")
    pipeline = Pipeline([calculator, writer])
    await pipeline.send(Request("Work out 15% of 840, then write a one-line note announcing that figure"))
    assert writer.requests[0].text.endswith(":\n\n126")
    assert "steps" not in writer.requests[0].text


@pytest.mark.parametrize(
    ("request_text", "task"),
    [
        (
            "Draft a polite reply declining the dinner on Friday because I'm travelling, and keep improving it "
            "until a reviewer is happy.",
            "Draft a polite reply declining the dinner on Friday because I'm travelling.",
        ),
        (
            "Write a blurb for our water bottle: steel, keeps drinks cold for 24 hours, $18. Keep polishing it "
            "until it reads well.",
            "Write a blurb for our water bottle: steel, keeps drinks cold for 24 hours, $18.",
        ),
        (
            "Write a short bio for Ana Silva, a nurse with 9 years on the children's ward. Have it reviewed and "
            "improved.",
            "Write a short bio for Ana Silva, a nurse with 9 years on the children's ward.",
        ),
        ("Compose a note to Sam that the demo moved to Monday; refine it until the judge is happy", None),
        ("Write a toast for Kim's farewell, then get a reviewer to check it and fix what they find.", None),
    ],
)
def test_the_loop_the_user_asks_for_is_not_part_of_what_to_write(request_text: str, task: str | None) -> None:
    stripped = without_loop_instruction(request_text)
    if task is not None:
        assert stripped == task
    else:
        assert not {"until", "reviewer", "refine", "check"} & set(stripped.lower().split())


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a note about the editor we keep editing with.",
        "Remind the team to keep improving the onboarding docs.",
        "Keep improving it",
    ],
)
def test_words_about_improving_that_are_the_content_stay(request_text: str) -> None:
    assert without_loop_instruction(request_text) == request_text


async def test_the_generator_and_the_judge_get_the_task_without_the_loop_instruction() -> None:
    revise = Skill("revise", "Revise a draft")
    writer = Scripted("writer", "Dear Mia, I can't come on Saturday because of a family commitment.", skills=[revise])
    judge = Scripted("judge", Result(text="good", data=[{"score": 0.9, "feedback": "fine"}]))
    loop = EvaluatorOptimizer(writer, judge)
    request = "Draft a reply to Mia declining Saturday's party, and keep improving it until a reviewer is happy."
    result = await loop.send(Request(request))
    assert result.ok
    assert writer.requests[0].text == "Draft a reply to Mia declining Saturday's party."
    assert judge.requests[0].data is not None
    assert judge.requests[0].data["task"] == "Draft a reply to Mia declining Saturday's party."
