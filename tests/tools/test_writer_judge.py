"""The writer's rubric judge and revisions over MCP, in the message shapes the evaluator-optimizer sends."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.tools.writer import create_server

pytestmark = pytest.mark.anyio

TASK = "Write a short email to the volunteers saying the beach clean-up moves from Saturday to Sunday 8 am"
FRAME = "Subject: Beach clean-up\n\nHello volunteers,\n\n{}\n\nBest regards,\nSam"
GOOD = FRAME.format("The beach clean-up moves from Saturday to Sunday 8 am.")
MISSING = FRAME.format("The beach clean-up is moving.")


def judge_message(task: str, draft: str, earlier: str = "") -> str:
    message = (
        f"Judge this draft against its task. Give a score from 0 to 1 and feedback.\n\nTask: {task}\n\nDraft:\n{draft}"
    )
    return message + (f"\n\nEarlier feedback:\n{earlier}" if earlier else "")


def revise_message(task: str, draft: str, feedback: str) -> str:
    return f"Revise the draft to address the feedback.\n\nTask: {task}\n\nDraft:\n{draft}\n\nFeedback:\n{feedback}"


async def judged(task: str, draft: str, earlier: str = "") -> dict:
    result = await call(create_server(), "judge", request=judge_message(task, draft, earlier))
    assert not result.is_error, result.content[0].text
    return result.structured_content


async def test_a_draft_with_every_given_fact_meets_the_task():
    data = await judged(TASK, GOOD)
    assert (data["score"], data["feedback"], data["meets_task"]) == (1.0, "meets the task", True)
    assert {c["name"] for c in data["checks"]} == {"facts", "no_echo", "length", "reading_level"}


async def test_a_missing_fact_is_named_and_keeps_the_score_below_acceptance():
    data = await judged(TASK, MISSING)
    assert data["score"] <= 0.75 and not data["meets_task"]
    assert set(data["missing"]) == {"Saturday", "Sunday", "8 am"}
    assert 'Include the given facts it leaves out: "Saturday", "Sunday", "8 am"' in data["feedback"]


async def test_a_draft_that_echoes_its_instruction_fails():
    task = "Describe the new bicycle lanes on Main Street: they run 2 km; they open in May"
    draft = "# Describe the New Bicycle Lanes on Main Street\n\nThey run 2 km. They open in May."
    data = await judged(task, draft)
    echo = next(c for c in data["checks"] if c["name"] == "no_echo")
    assert not echo["passed"] and data["score"] <= 0.75 and "describe the new bicycle" in data["feedback"]


async def test_the_length_asked_for_is_checked():
    task = "Write a product blurb in 20 words: the lamp folds flat; it charges by USB"
    draft = "The lamp folds flat. " * 6 + "It charges by USB."
    data = await judged(task, draft)
    assert "Shorten it to at most 22 words (it has 28)" in data["feedback"]


async def test_a_task_for_kids_asks_for_plain_words():
    task = "Explain rain for kids: clouds hold water drops; heavy drops fall"
    draft = "Clouds hold water drops, accumulating condensation. Heavy drops fall, precipitating unpredictably."
    data = await judged(task, draft)
    reading = next(c for c in data["checks"] if c["name"] == "reading_level")
    assert not reading["passed"] and "plainer words" in data["feedback"]


async def test_earlier_feedback_is_checked_where_a_rule_can_check_it():
    earlier = '- Mention "Sunday".\n- Make it warmer.'
    data = await judged(TASK, GOOD, earlier)
    assert data["unchecked"] == ["Make it warmer."]
    assert next(c for c in data["checks"] if c["name"] == "feedback")["passed"]
    assert not (await judged(TASK, MISSING, earlier))["meets_task"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Judge my essay please",
        "Judge this draft against its task.\n\nDraft:\nHello there.",
        "Score this.\n\nTask: Write a haiku",
    ],
)
async def test_a_judge_request_without_task_or_draft_is_declined(request_text):
    assert "Task:" in error_text(await call(create_server(), "judge", request=request_text))


async def test_a_revision_puts_the_missing_fact_where_it_was_missing():
    feedback = '- Include the given facts it leaves out: "Saturday", "Sunday", "8 am".'
    result = await call(create_server(), "revise", request=revise_message(TASK, MISSING, feedback))
    data = result.structured_content
    assert "The beach clean-up moves from Saturday to Sunday 8 am." in data["draft"]
    assert "is moving" not in data["draft"] and data["draft"].endswith("Best regards,\nSam")
    assert data["score_before"] <= 0.75 and data["score_after"] == 1.0


async def test_a_revision_cuts_to_the_length_without_dropping_a_given_fact():
    task = "Write a 25-word blurb for a tide clock: shows high water; runs 2 years on one battery"
    draft = (
        "Our tide clock is lovely. It shows high water. It looks great in any kitchen and makes a fine gift "
        "for anyone who loves the sea. It runs 2 years on one battery."
    )
    result = await call(
        create_server(), "revise", request=revise_message(task, draft, "Shorten it to at most 28 words.")
    )
    text = result.structured_content["draft"]
    assert "shows high water" in text and "2 years on one battery" in text and len(text.split()) <= 28


async def test_a_revision_that_can_change_nothing_is_declined():
    message = error_text(await call(create_server(), "revise", request=revise_message(TASK, GOOD, "meets the task")))
    assert "could not revise" in message


async def test_the_draft_tool_also_carries_out_the_revision_message():
    result = await call(create_server(), "draft", request=revise_message(TASK, MISSING, 'Include "Sunday".'))
    assert "Sunday 8 am" in result.structured_content["draft"]


@pytest.mark.parametrize(
    "task",
    [
        "Write a short email to the team saying the Friday release moves to Monday",
        "Invite the chess club to a blitz night on 4 October at 6 pm",
        "Describe our studio: it has 6 easels; rent is £90 a month",
        "Write a post announcing that the bakery now opens at 7 am",
    ],
)
async def test_the_writers_own_drafts_meet_its_judge(task):
    server = create_server()
    drafted = (await call(server, "draft", request=task)).structured_content["draft"]
    verdict = (await call(server, "judge", request=judge_message(task, drafted))).structured_content
    assert verdict["meets_task"], verdict["feedback"]


SUMMARY_TASK = (
    "Summarize this: The museum reopens next week after renovation. Entry will be free for the first month. "
    "New galleries show local art."
)


async def test_a_summary_is_judged_on_being_shorter_and_drawn_from_the_text_not_on_keeping_every_fact():
    good = await judged(SUMMARY_TASK, "The museum reopens next week after renovation. Entry is free for a month.")
    assert good["score"] == 1.0 and good["meets_task"] is True
    whole = await judged(SUMMARY_TASK, SUMMARY_TASK.split(": ", 1)[1])
    assert whole["score"] <= 0.75 and "Shorten it" in whole["feedback"]
    invented = await judged(SUMMARY_TASK, "Cats are great pets and love fish.")
    assert invented["score"] <= 0.5 and "Keep to the text" in invented["feedback"]
