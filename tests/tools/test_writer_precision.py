"""Where the writer's newer rules could misfire: notes with numbers, dates and names, commas inside one fact,
asks made of the reader, values handed on that are sentences or questions, and clarity rewrites. Each rule
either writes every fact in plain prose or declines."""

from __future__ import annotations

import pytest
from conftest import call, declined_by_writer, drafted, error_text

from servers.tools.writer import create_server

pytestmark = pytest.mark.anyio


async def test_a_thousands_comma_in_a_note_stays_in_the_number():
    text = await drafted(
        "Turn my notes into a short paragraph: total budget of £12,500 for the year; trip to Bath in May"
    )
    assert "£12,500" in text and "£12." not in text


async def test_a_note_with_a_value_after_for_gets_no_is():
    text = await drafted("Write up these notes as a paragraph: deadline for entries 30 June; prize for the winner £50")
    assert "Deadline for entries 30 June." in text and "is for" not in text


async def test_a_note_with_a_phrasal_verb_keeps_its_own_verb():
    text = await drafted("make these notes into a paragraph: tickets sold out for Friday; extra show on Sunday at 4")
    assert "Tickets sold out for Friday." in text and "The extra show is on Sunday at 4." in text


@pytest.mark.parametrize(
    ("notes", "kept"),
    [
        ("meeting on Tuesday, 3 June at 10", "Tuesday, 3 June at 10"),
        ("lunch on Friday, at the Crown", "Friday, at the Crown"),
        ("open day on Saturday, the 14th at 11 am", "Saturday, the 14th at 11 am"),
    ],
)
async def test_a_comma_that_continues_one_fact_does_not_split_it(notes: str, kept: str):
    text = await drafted(f"Turn these notes into a paragraph: {notes}; bring a packed lunch")
    assert kept in text


async def test_notes_run_together_with_commas_still_become_sentences():
    text = await drafted(
        "Turn these notes into a paragraph: street party on 6 July, road closed from noon, bring a dish"
    )
    assert "Road closed from noon. Bring a dish." in text


async def test_a_note_starting_with_a_name_keeps_its_capital():
    text = await drafted("Turn these notes into a short paragraph: Paris trip in May; coach from the school at 8")
    assert "Paris trip is in May." in text and "paris" not in text


async def test_an_ask_of_the_reader_is_said_to_the_reader():
    text = await drafted("Write an email to the staff saying the new rota is attached, and ask everyone to review it")
    assert "The new rota is attached. Please review the new rota." in text and "ask everyone" not in text


async def test_an_ask_of_someone_else_is_passed_on_by_the_reader():
    text = await drafted(
        "Write a note to the team saying the caterers arrive at 9 and ask the caterers to use the side door"
    )
    assert "Please ask the caterers to use the side door." in text


async def test_a_clause_where_we_ask_someone_is_content_as_written():
    text = await drafted("Write a note to the team saying the roof leaks and we will ask the council to fix it")
    assert "The roof leaks and we will ask the council to fix it." in text


async def test_a_reply_asked_of_the_readers_is_not_an_aside():
    text = await drafted("Write a note to the team saying the budget is ready, please review it and send feedback")
    assert "send feedback" in text


async def test_a_handed_on_sentence_is_not_put_where_a_value_goes():
    text = await drafted("Write an email saying this is the plan:\n\nWe meet at noon by the lake.")
    assert "We meet at noon by the lake." in text and "plan is We" not in text


async def test_a_longer_how_much_clause_takes_the_value_after_its_verb():
    text = await drafted("Write a one-line message to the team saying how much we raised at the bake sale:\n\n£340")
    assert "We raised £340 at the bake sale." in text and "How much" not in text


async def test_a_question_in_inverted_order_takes_the_value_after_its_verb():
    text = await drafted("Write a short note to Sam saying how long is the meeting:\n\n45 minutes")
    assert "The meeting is 45 minutes." in text


async def test_a_how_much_the_rules_cannot_place_is_declined():
    message = await declined_by_writer("Write a short note to Sam saying how much does the ticket cost:\n\n£12")
    assert "could not fit '£12'" in message


async def test_how_many_words_in_a_writing_stage_is_the_value_not_a_count():
    result = await call(
        create_server(), "word_count", request="Write a note saying how many words the essay needs:\n\n900"
    )
    assert result.is_error and "writing" in error_text(result)


async def test_a_sentence_is_made_clearer_with_every_fact_kept():
    text = await drafted(
        'Make this sentence clearer: "The meeting that was planned for the thing on Thursday has been moved to '
        'another time which is Friday."',
        "rewrite",
    )
    assert text == "The meeting planned for Thursday has been moved to Friday."


async def test_filler_goes_and_an_ordinal_date_keeps_its_number():
    text = await drafted(
        'Can you make this clearer? "Basically the report is sort of due on the 9th, a Friday."', "rewrite"
    )
    assert text == "The report is due on the 9th, a Friday."


async def test_a_vague_sentence_is_not_made_clearer_by_guessing():
    message = await declined_by_writer(
        'Make this sentence clearer: "It did the thing with the stuff again."', "rewrite"
    )
    assert "vague word" in message


async def test_clear_and_polite_is_still_a_tone_rewrite():
    text = await drafted('Rewrite this to be clear and polite: "Send me the files now."', "rewrite")
    assert "please" in text.lower()
