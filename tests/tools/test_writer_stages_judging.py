"""The writer's judge and reviser in the evaluator loop on rewrite and email tasks: a draft that hands back the
text it was asked to change fails, the words a rewrite is meant to drop are not "missing facts", an email's frame
is not counted in its length, and a revision never pastes the original or the feedback's words back in."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.tools.writer import create_server

pytestmark = pytest.mark.anyio

REWRITE = "Rewrite this politely: yo team, we're gonna move the demo to Tuesday, deal with it."
POLITE = "Hello everyone, we are going to move the demo to Tuesday."
EMAIL_TASK = "Write a two-sentence email to the tenants saying the lift is broken and a repair is booked for 9 June."
EMAIL = "Subject: Lift\n\nHello tenants,\n\n{}\n\nBest regards,\n[Your name]"


def judge_message(task: str, draft: str) -> str:
    lead = "Judge this draft against its task. Give a score from 0 to 1 and feedback."
    return f"{lead}\n\nTask: {task}\n\nDraft:\n{draft}"


def revise_message(task: str, draft: str, feedback: str) -> str:
    return f"Revise the draft to address the feedback.\n\nTask: {task}\n\nDraft:\n{draft}\n\nFeedback:\n{feedback}"


async def judged(task: str, draft: str) -> dict:
    result = await call(create_server(), "judge", request=judge_message(task, draft))
    assert not result.is_error, result.content
    return result.structured_content


async def revised(task: str, draft: str, feedback: str) -> str:
    result = await call(create_server(), "revise", request=revise_message(task, draft, feedback))
    assert not result.is_error, result.content
    return result.structured_content["draft"]


async def test_the_original_pasted_back_fails_a_rewrite_task():
    data = await judged(REWRITE, REWRITE.split(": ", 1)[1])
    assert data["score"] <= 0.75 and not data["meets_task"] and "unchanged" in data["feedback"]


async def test_a_polite_rewrite_meets_the_task_without_the_words_it_dropped():
    data = await judged(REWRITE, POLITE)
    assert data["meets_task"], data["feedback"]
    assert not {"yo", "gonna", "deal", "rewrite", "politely"} & {m.lower() for m in data["missing"]}


async def test_a_rewrite_that_drops_a_given_day_still_misses_it():
    data = await judged(REWRITE, "Hello everyone, we are going to move the demo.")
    assert "Tuesday" in data["missing"] and not data["meets_task"]


async def test_an_emails_subject_greeting_and_sign_off_are_not_counted_as_sentences():
    data = await judged(EMAIL_TASK, EMAIL.format("The lift is broken. A repair is booked for 9 June."))
    assert data["meets_task"], data["feedback"]


async def test_a_revision_rewrites_the_original_instead_of_returning_it():
    text = await revised(REWRITE, REWRITE.split(": ", 1)[1], "- Change the original text in the tone asked.")
    assert "Tuesday" in text and "gonna" not in text and "deal with it" not in text


async def test_a_revision_adds_no_word_of_the_instruction_the_feedback_quotes():
    draft = "Hello everyone, we are going to move the demo."
    text = await revised(REWRITE, draft, '- Include the given facts it leaves out: "Tuesday", "rewrite".')
    assert "Tuesday" in text and "rewrite" not in text.lower() and "gonna" not in text


async def test_cutting_an_email_to_its_sentences_keeps_its_frame():
    draft = EMAIL.format("The lift is broken. A repair is booked. It is booked for 9 June.")
    text = await revised(EMAIL_TASK, draft, "- Use at most 2 sentences (it has 3).")
    assert text.startswith("Subject: Lift") and "Best regards," in text and "9 June" in text


async def test_a_rewrite_that_would_lose_a_given_fact_is_declined():
    request = "Tone this down: I am fed up with asking you about the Henderson account. Fix it by Friday."
    assert "Henderson" in error_text(await call(create_server(), "rewrite", request=request))


async def test_a_demand_spliced_onto_an_exasperated_sentence_is_kept_as_a_request():
    result = await call(create_server(), "rewrite", request="Tone this down: I am sick of waiting, send it by Monday.")
    assert not result.is_error, result.content
    assert "Monday" in result.structured_content["rewritten"] and "sick" not in result.structured_content["rewritten"]
