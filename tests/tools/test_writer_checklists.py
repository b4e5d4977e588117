"""Whether a text covers a checklist ("Does this email cover everything on the checklist? Checklist - date, time,
place. Email - ..."): the answer names what the text gives for each item, word for word, and each item it does not
mention; an item no rule can look for ("tone") is declined, not guessed."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted, writer_outcome

pytestmark = pytest.mark.anyio

MISSING = [
    (
        "Does this email cover everything on the checklist? Checklist - date, time, place. Email - Hi all, the quiz "
        "night is on Friday in the Red Lion. See you there!",
        ["Friday", "Red Lion"],
        ["time"],
    ),
    (
        "Is anything on my checklist missing from this message? Checklist: time, place, RSVP. Message: The book "
        "club meets at 7.30pm at Sam's house on Thursday.",
        ["7.30pm"],
        ["RSVP"],
    ),
    (
        "does my invite have everything from the checklist? checklist - date, time, venue, cost. invite - Come to "
        "Amy's party on Saturday 12 July at the village hall.",
        ["Saturday 12 July", "village hall"],
        ["time", "cost"],
    ),
    (
        "Check this notice covers the checklist. Checklist: date, deadline. Notice: The school trip is on 4 June. "
        "Forms go home next week.",
        ["4 June"],
        ["deadline"],
    ),
    (
        "Does the text include everything on the list? Checklist - time, place, price. Text - Yoga restarts in the "
        "church hall, £6 a class.",
        ["church hall", "£6"],
        ["time"],
    ),
    (
        "Has my flyer got everything on the checklist? Checklist: date, time, contact. Flyer: Car boot sale, Sunday "
        "3 August, 8am to noon.",
        ["Sunday 3 August", "8am"],
        ["contact"],
    ),
]


@pytest.mark.parametrize(("request_text", "given", "missing"), MISSING)
async def test_the_answer_names_what_is_given_and_what_is_missing(
    request_text: str, given: list[str], missing: list[str]
) -> None:
    text = await drafted(request_text)
    assert text.startswith("No:") and "does not mention" in text
    said, _, unsaid = text.partition("does not mention")
    assert all(g in said for g in given) and all(m in unsaid for m in missing)


async def test_a_text_that_covers_every_item_is_said_to() -> None:
    text = await drafted(
        "Does my invite cover everything on the checklist? Checklist: date, time, venue, cost. Invite: Come to "
        "Amy's party on Saturday 12 July at 3pm at the village hall. Tickets are £5."
    )
    assert text.startswith("Yes:") and "3pm" in text and "£5" in text


async def test_the_agent_answers_the_check() -> None:
    outcome = await writer_outcome(MISSING[0][0])
    assert outcome.status == "completed" and "does not mention the time" in outcome.text


@pytest.mark.parametrize("item", ["tone", "a warm welcome", "dress code"])
async def test_an_item_no_rule_can_look_for_is_declined(item: str) -> None:
    said = await declined_by_writer(
        f"Does this notice cover the checklist? Checklist - date, {item}. Notice - The pool is shut on Monday."
    )
    assert "can't check" in said


async def test_a_checklist_to_write_into_an_email_is_still_written() -> None:
    text = await drafted("Write an email to the team with the checklist for Friday: bring laptops, arrive by 9am.")
    assert "9am" in text and "does not mention" not in text
