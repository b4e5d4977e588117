"""Requests phrased the ways a blind set showed: facts in the sentences after the instruction or after a dash, a
size before the kind of text, an apology's wrong in a relative clause, a reproach spliced into a sentence to make
polite, slogans that must be short, and evaluator asides in other words. Each is answered right or declined."""

from __future__ import annotations

import re

import pytest
from conftest import call, error_text

from servers.tools.inputs import ToolInputError
from servers.tools.writer import create_server
from servers.tools.writer.asides import is_aside
from servers.tools.writer.jobs import compose_request, judge_request, rewrite_request
from servers.tools.writer.politeness import soften

pytestmark = pytest.mark.anyio


def composed(request: str) -> str:
    return compose_request(request).composition.text


def _quiet(_before: str, _after: str) -> None:
    return None


# -- facts stated after the instruction, in sentences or after a dash -------------------------------------------


def test_the_sentences_after_a_writing_instruction_are_its_facts():
    text = composed("Write a note for the parents. The swimming gala starts at 9:15 and tickets cost £3.")
    assert "The swimming gala starts at 9:15 and tickets cost £3." in text
    assert "write a note" not in text.lower()


def test_a_later_sentence_that_is_another_instruction_keeps_the_request_whole():
    with pytest.raises(ToolInputError):
        composed("Write a note for the parents. Mention the gala.")


def test_the_facts_after_a_dash_are_the_material():
    text = composed("draft a message to the landlord - the hallway light has been out since Sunday")
    assert "The hallway light has been out since Sunday." in text and "Hello" in text


def test_a_dash_inside_a_sentence_that_already_says_something_is_not_a_split():
    text = composed("Write an email to the team saying the car park - finally - reopens on Monday.")
    assert "The car park - finally - reopens on Monday." in text


def test_material_that_only_names_a_topic_is_declined():
    for request in ("write a blog post - something about time management", "Email my boss: about the budget"):
        with pytest.raises(ToolInputError, match="is a topic, not content"):
            composed(request)


# -- a size before the kind of text ------------------------------------------------------------------------------


def test_a_two_sentence_thank_you_note_thanks_in_two_sentences():
    text = composed("Write a two sentence thank-you note to Omar for lending us his ladder.")
    body = text.split("\n\n")[2]
    assert body.startswith("Thank you for lending us your ladder.") and len(re.findall(r"[.!?]", body)) == 2


def test_a_sentence_count_the_reason_cannot_fill_is_declined():
    with pytest.raises(ToolInputError, match="not the 4 you asked for"):
        composed("Write a four sentence thank-you note to Omar for lending us his ladder.")


# -- an apology's wrong in a relative clause, amends after a comma ------------------------------------------------


def test_an_apology_to_someone_whose_thing_went_wrong_says_sorry_to_them():
    text = composed(
        "Write an apology to a patient whose appointment was moved twice, offering an earlier slot on Monday."
    )
    assert "I'm sorry that your appointment was moved twice. We'd like to offer you an earlier slot on Monday." in text
    assert "Hello [Name]," in text


def test_an_offer_to_do_something_is_said_as_what_we_will_do():
    text = composed("Write an apology to a tenant who lost power on Friday, and offer to refund their service charge.")
    assert "I'm sorry that you lost power on Friday. We'd be happy to refund your service charge." in text


# -- reproaches spliced into a sentence ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rude", "kept", "gone"),
    [
        ("Book the room for Friday, you forgot again and I'm sick of chasing this.", "book the room", "forgot again"),
        ("Send the slides tonight, you missed the deadline again.", "send the slides", "again"),
        ("I'm tired of this, reply to the client today.", "reply to the client today", "tired"),
    ],
)
def test_a_reproach_spliced_into_a_request_goes_and_the_request_stays(rude: str, kept: str, gone: str):
    polite = soften(rude, _quiet)
    assert kept in polite.lower() and gone not in polite.lower()


def test_again_said_about_trying_is_no_reproach():
    assert "try again tomorrow" in soften("Call back later, you can try again tomorrow.", _quiet)


def test_a_polite_rewrite_never_keeps_a_spliced_reproach():
    done = rewrite_request("Make this polite: Bring the keys back today, you're late again and I'm fed up with it.")
    assert "fed up" not in done.rewrite.text and "late again" not in done.rewrite.text
    assert "bring the keys back today" in done.rewrite.text.lower()


# -- slogans are short lines --------------------------------------------------------------------------------------


async def test_a_slogan_is_said_under_the_name_given():
    data = (
        await call(create_server(), "draft", request="Tagline for our florist, Petal Lane. We deliver same day.")
    ).structured_content
    assert data is not None and data["draft"] == "- Petal Lane: we deliver same day."


async def test_a_slogan_from_a_long_sentence_of_facts_is_declined():
    request = (
        "Write a slogan for my garage, Top Gear Motors. We have fixed cars in this town since 1985 and do MOTs, "
        "servicing, tyres and bodywork with a free courtesy car."
    )
    result = await call(create_server(), "draft", request=request)
    assert result.is_error and "A slogan is a short line" in error_text(result)


def test_slogans_from_a_named_subject_use_the_name_and_what_it_does():
    text = composed("a slogan for my cleaning firm, Spotless, which cleans offices overnight")
    lines = text.splitlines()
    assert lines[0] == "- Spotless: cleans offices overnight." and all(len(line.split()) <= 13 for line in lines)


# -- evaluator asides in other words ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "aside",
    ["Evaluate the draft and make it better", "Assess it and make it stronger", "Judge the result and rewrite it"],
)
def test_asking_for_an_evaluation_of_the_text_is_an_aside(aside: str):
    assert is_aside(aside)


def test_a_reader_asked_to_give_feedback_is_content_not_an_aside():
    text = composed("Email my coach, Ms Patel, asking her to watch my match video and give feedback on it")
    assert "Hello Ms Patel," in text and "give feedback on it" in text


def test_the_judge_does_not_ask_for_the_aside_in_the_task():
    task = "Draft a thank-you email to the porter for carrying our bags to room 12. Evaluate it and make it better."
    draft = composed(task)
    assert "Evaluate" not in draft
    verdict = judge_request(f"Judge this draft against its task.\nTask: {task}\nDraft:\n{draft}")
    assert verdict.meets_task, verdict.feedback


def test_a_question_asking_for_the_text_hands_over_every_statement_after_it():
    text = composed(
        "Could you write my notes up as a message to the choir? Rehearsal moves to 7pm. Bring your folders."
    )
    assert "Rehearsal moves to 7pm." in text and "Bring your folders." in text


def test_a_name_after_a_post_for_a_place_is_the_place_not_whom_it_greets():
    text = composed("Write a short post for our shop, Crusty Corner, a bakery on Mill Lane that opens at 7")
    assert "Crusty Corner" in text and "Mill Lane" in text
