import pytest

from patterns import (
    EvaluatorOptimizer,
    Request,
    Result,
    Skill,
    choose_judge,
    has_judging_skill,
    judge_message,
    read_verdict,
    revise_message,
)
from tests.patterns.scripted import Scripted

pytestmark = pytest.mark.anyio

JUDGING = Skill("judge", "Judge drafts", tags=("judge", "score"))
TASK = "Write a slogan for a bakery that opens at dawn"


def verdict(score: float, feedback: str = "") -> Result:
    return Result(text=f"{score:.0%}. {feedback}", data={"score": score, "feedback": feedback})


def judge(*replies: object) -> Scripted:
    return Scripted("judge", replies=list(replies), skills=[JUDGING])


def test_the_judge_is_chosen_by_its_judging_skill() -> None:
    writer = Scripted("writer", skills=[Skill("draft", "Drafts"), Skill("critique", "Critiques", tags=("Judge",))])
    reviewer = Scripted("code_reviewer", skills=[Skill("code-review", "Reviews code", tags=("review", "score"))])
    assert has_judging_skill(writer) and not has_judging_skill(reviewer)
    assert choose_judge([reviewer, writer], generator=reviewer) is writer
    assert choose_judge([writer], generator=writer) is writer  # a writer that also judges judges its own drafts
    assert choose_judge([reviewer, Scripted("calculator")]) is None
    other = judge()
    assert choose_judge([writer, other], generator=writer) is other  # another judge is preferred


async def test_the_loop_sends_the_fixed_messages_until_the_score_is_high_enough() -> None:
    writer = Scripted("writer", replies=["Bread at dawn.", "Warm bread before the sun is up."])
    critic = judge(verdict(0.4, "Make it warmer."), verdict(0.9, "Good."))
    result = await EvaluatorOptimizer(writer, critic, threshold=0.8).send(Request(TASK))
    assert result.ok and result.text == "Warm bread before the sun is up."
    assert result.data[0] == {"score": 0.9, "accepted": True, "iterations": 2}
    assert critic.requests[0].text == judge_message(TASK, "Bread at dawn.")
    assert critic.requests[1].text == judge_message(TASK, "Warm bread before the sun is up.", "Make it warmer.")
    assert writer.requests[1].text == revise_message(TASK, "Bread at dawn.", "Make it warmer.")


def test_the_messages_have_the_documented_shape() -> None:
    assert judge_message("T", "D", "F") == (
        "Judge this draft against its task. Give a score from 0 to 1 and feedback.\n\n"
        "Task: T\n\nDraft:\nD\n\nEarlier feedback:\nF"
    )
    assert "Earlier feedback" not in judge_message("T", "D")
    assert revise_message("T", "D", "F") == (
        "Revise the draft to address the feedback.\n\nTask: T\n\nDraft:\nD\n\nFeedback:\nF"
    )


def test_the_score_comes_only_from_structured_data() -> None:
    assert read_verdict(verdict(0.7, "tighten")).score == 0.7
    for text in ["Found 2 issues", "line 1: missing comma", "Score: 9/10", "80%"]:
        with pytest.raises(ValueError, match="without a score"):
            read_verdict(Result(text=text))
    for score in [8, -0.1, True, "0.9", float("nan")]:
        with pytest.raises(ValueError, match="not a number from 0 to 1"):
            read_verdict(Result(data={"score": score, "feedback": ""}))


async def test_a_judge_answer_without_a_score_is_an_error_for_that_round() -> None:
    writer = Scripted("writer", replies=["Fresh at six.", "unused"])
    result = await EvaluatorOptimizer(writer, judge("Score: 9/10, lovely")).send(Request(TASK))
    assert result.status == "partial" and result.text.startswith("Fresh at six.")
    assert result.data[0] == {"score": None, "accepted": False, "iterations": 1}
    assert "evaluate-1 (judge): the judge answered without a score" in result.text and writer.calls == 1


async def test_without_a_judge_the_pattern_declines_before_drafting() -> None:
    writer = Scripted("writer")
    result = await EvaluatorOptimizer(writer, None).send(Request(TASK))
    assert result.status == "rejected" and result.text.startswith("No judge is available")
    assert writer.calls == 0


async def test_after_max_iterations_the_best_draft_is_kept_unaccepted() -> None:
    writer = Scripted("writer", replies=["a", "b", "c", "d"])
    critic = judge(verdict(0.5, "x"), verdict(0.7, "y"), verdict(0.6, "z"))
    result = await EvaluatorOptimizer(writer, critic).send(Request(TASK))
    assert result.text.startswith("b") and result.data[0]["accepted"] is False and writer.calls == 3
    assert {s.id: s.status for s in result.steps}["evaluate-3"] == "completed"
    # shown, but not passed off as accepted: the run is partial and says why
    assert result.status == "partial" and "the best scored 0.70" in result.text and "z" in result.text


async def test_a_revision_that_repeats_the_feedback_is_not_judged_and_stops_the_loop() -> None:
    feedback = 'Include the given facts it leaves out: "galleries", "local".'
    echoed = f"Entry is free for a month. {feedback}"
    writer = Scripted("summarizer", replies=["The museum reopens next week.", echoed, "unused"])
    critic = judge(verdict(0.6, f"- {feedback}"), verdict(1.0, "perfect"))
    result = await EvaluatorOptimizer(writer, critic).send(Request(TASK))
    assert critic.calls == 1 and writer.calls == 2
    assert result.status == "partial" and result.text.startswith("The museum reopens next week.")
    assert "the revision repeats the draft or the feedback" in result.text


async def test_a_revision_that_copies_the_revise_message_back_is_no_revision() -> None:
    writer = Scripted("writer", replies=["Bread at dawn.", "score: 0.75\nDraft:\nBread at dawn.\nFeedback:\nwarmer"])
    critic = judge(verdict(0.5, "warmer"), verdict(0.95, "great"))
    result = await EvaluatorOptimizer(writer, critic).send(Request(TASK))
    assert critic.calls == 1 and result.status == "partial" and result.text.startswith("Bread at dawn.")
