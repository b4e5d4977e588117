"""Everyday requests in the shapes people use: the news told first and the ask after it, the size said before the
colon, a reader named by role, a tone asked late, a fact about the reader after a comma. Each is written from the
facts given, in the form asked, to the reader asked; a shape that would speak of its own reader is declined."""

from __future__ import annotations

import re

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


async def test_news_told_first_then_a_note_asked_for_says_the_news_to_the_reader():
    text = await drafted("We're shutting at 3 on Thursday for a stocktake. Can you write a note for our customers?")
    assert "We're shutting at 3 on Thursday for a stocktake." in text
    assert "Hello customers," in text
    assert not re.search(r"can you|write a note", text, re.I)


async def test_a_request_to_let_people_know_becomes_a_message_to_them():
    text = await drafted("The car park is being resurfaced on Monday and Tuesday. Let everyone know please.")
    assert "The car park is being resurfaced on Monday and Tuesday." in text
    assert "Hello everyone," in text and "Please" not in text.split("\n\n")[0]


async def test_a_tone_after_the_ask_sets_the_tone_and_is_not_written():
    text = await drafted(
        "Choir practice has moved to the church hall from next week. Tell the members, short and casual."
    )
    assert "Choir practice has moved to the church hall from next week." in text
    assert text.startswith("Subject:") and "Hey members," in text
    assert "casual" not in text.lower()


async def test_a_sign_for_a_window_is_not_labelled_with_the_window():
    text = await drafted(
        "The bakery is closed on Easter Monday and opens again on Tuesday at eight. Write a sign for the door."
    )
    assert "The bakery is closed on Easter Monday and opens again on Tuesday at eight." in text
    assert not re.search(r"\bdoor\b", text, re.I)


async def test_an_ask_pointing_at_the_news_does_not_label_the_text_with_the_pointer():
    text = await drafted(
        "Our shelter rehomed fifty dogs this year. Could you draft a short post celebrating it for Facebook?"
    )
    assert "Our shelter rehomed fifty dogs this year." in text
    assert not re.search(r"celebrating it|facebook", text, re.I)


@pytest.mark.parametrize(
    "request_text",
    [
        # (a named doer set off by commas and thanked, "Our plumber, Dave, fixed the leak ...", is answered:
        # test_writer_h14_named_doers)
        "My neighbour keeps blocking the drive with his van. Write a note to my neighbour.",
        "I have a job interview tomorrow. Write a thank you email.",
        "It's raining again in Leeds. Write a poem.",
    ],
)
async def test_news_told_first_is_declined_when_the_text_would_speak_of_its_reader_or_need_invention(
    request_text: str,
):
    assert await declined_by_writer(request_text)


async def test_a_size_said_before_the_colon_sizes_the_text_asked_after_it():
    text = await drafted(
        "Under 40 words please: an email to the parents saying sports day is on the ninth of July and hats are needed"
    )
    assert "Sports day is on the ninth of July and hats are needed." in text
    assert "Hello parents," in text and "40 words" not in text
    assert len(text.split()) <= 40


async def test_two_paragraphs_asked_get_two_paragraphs_split_at_the_clause():
    text = await drafted(
        "Two short paragraphs for the newsletter: the pool reopens on the first of May after repairs, and the "
        "swimming club starts again on the second Monday of May"
    )
    paragraphs = text.split("\n\n")
    assert paragraphs == [
        "The pool reopens on the first of May after repairs.",
        "The swimming club starts again on the second Monday of May.",
    ]


async def test_a_clause_with_its_own_verb_is_never_split_as_a_list():
    text = await drafted(
        "Write two paragraphs for the website: the gym is extending its hours to ten at night, and the new studio "
        "opens in June"
    )
    assert "It is also" not in text and "The new studio opens in June." in text


async def test_a_fact_about_the_reader_after_a_comma_is_said_to_them():
    text = await drafted("Write a congratulations note to Aisha, she passed her driving test on the first try")
    assert "Hello Aisha," in text
    assert "Congratulations! You passed your driving test on the first try." in text
    assert "she passed" not in text


async def test_an_apology_asked_with_the_british_verb_apologises():
    text = await drafted(
        "Apologise to the client for the delay: the parts arrived late and the installation is now on the fourteenth"
    )
    assert "sorry" in text.lower() and "The parts arrived late" in text
    assert "Hello [Name]," in text and "Hello client" not in text


async def test_an_out_of_office_reply_is_written_from_its_facts_not_refused_as_a_reply():
    text = await drafted(
        "Write an out-of-office reply: I'm away until the third of March and Omar Haddad is covering urgent requests"
    )
    assert "I'm away until the third of March and Omar Haddad is covering urgent requests." in text
    assert "out-of-office" not in text.lower()


async def test_a_message_for_me_greets_no_one_called_me():
    text = await drafted("Set up an out of office message for me. I'm on leave until the end of June.")
    assert "Hello me" not in text and "Subject: Me" not in text
    assert "I'm on leave until the end of June." in text


async def test_a_late_tone_aside_about_the_text_is_not_pasted_in():
    text = await drafted("Our deli opens at 7 from Saturday. Write a post for Instagram, keep it fun.")
    assert text.strip() == "Our deli opens at 7 from Saturday."


async def test_a_polite_rewrite_of_an_order_with_a_spliced_reason_asks_and_gives_the_reason():
    text = await drafted(
        "can you make this more polite? stop leaving your boots on the stairs, people keep tripping over them",
        tool="rewrite",
    )
    assert text.startswith("Could you please stop leaving your boots on the stairs?")
    assert "People keep tripping over them." in text


async def test_a_polite_rewrite_keeps_what_it_points_at_when_the_complaint_goes():
    text = await drafted(
        "Tone this down: I am fed up of chasing you for the deposit, pay it by Friday or else.", tool="rewrite"
    )
    assert "the deposit" in text and "pay it" not in text
    assert "fed up" not in text


async def test_please_is_said_once():
    text = await drafted("Make this polite: Send me the minutes, please.", tool="rewrite")
    assert text.lower().count("please") == 1


async def test_a_name_after_a_label_keeps_its_capital():
    text = await drafted(
        "write a short bio of our new head chef for the menu: Lena Park, trained in Lyon, ten years at The Harbour"
    )
    assert "Lena Park" in text and "menu" not in text.lower()


async def test_a_label_before_the_colon_is_not_the_verb_to_text():
    message = await declined_by_writer("Text: We are having the roof fixed from Monday. The builders start at 8am.")
    assert "does not ask me to write" in message


async def test_a_manner_said_before_the_colon_sets_the_tone_of_the_text_after_it():
    text = await drafted("Short and friendly please: a note to the cleaners saying the east wing is closed on Monday")
    assert "Hi cleaners," in text and "The east wing is closed on Monday." in text
    assert "please:" not in text.lower() and "friendly" not in text.lower()
