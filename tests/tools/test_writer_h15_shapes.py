"""A shape the request names is made or the request declined: bullet points asked for late in a long lead, a
numbered list, a number of lines ("a two-line caption"); a table, an FAQ, headings, hashtags, emojis, capitals,
verse or a data format, which composing from facts cannot make, are declined instead of ignored or written into
the text ("Hello team as a table,")."""

from __future__ import annotations

import re

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


def _bullets(text: str) -> list[str]:
    return re.findall(r"^- \S.*$", text, re.M)


@pytest.mark.parametrize(
    "request_text",
    [
        "Write an email to my landlord listing these three problems as bullet points: the kitchen tap drips, the "
        "bedroom window won't close, and the smoke alarm keeps beeping.",
        "Write an email to the letting agent setting out these three faults as bullet points: the boiler is noisy, "
        "the back door sticks, and the shower leaks.",
        "Can you write a message to my manager listing the three things I need this week in bullet form: a new "
        "laptop charger, a desk lamp and a parking permit.",
        "Please draft a note to the caretaker with the three jobs for Monday as bullet points: fix the gate, sweep "
        "the yard, and empty the bins.",
        "write a short email to our landlady about the 3 issues in the flat, as bullets: the fridge is warm, the "
        "hall light flickers, and the lock is stiff",
        "Write an email to Mr Okafor listing the problems we found during the visit as bullet points: the fire exit "
        "was blocked, the first aid kit was empty, and a window was broken.",
    ],
)
async def test_bullet_points_asked_for_late_in_the_lead_are_made(request_text: str) -> None:
    text = await drafted(request_text)
    assert len(_bullets(text)) == 3, text


async def test_a_numbered_list_is_numbered() -> None:
    text = await drafted(
        "Write an email to my landlord listing these three problems as a numbered list: the kitchen tap drips, the "
        "bedroom window won't close, and the smoke alarm keeps beeping."
    )
    assert "1. The kitchen tap drips." in text and "3. The smoke alarm keeps beeping." in text
    assert not _bullets(text)
    listed = await drafted("Write a numbered list of what to bring: water, sun cream and a packed lunch.")
    assert re.search(r"^1\. Water\n2\. Sun cream\n3\. A packed lunch$", listed, re.M), listed


async def test_saying_the_list_of_winners_is_up_is_content_not_a_list() -> None:
    text = await drafted("Write an email to the parents saying the list of winners is up on the school website.")
    assert not _bullets(text) and "the list of winners is up" in text.lower()


@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        (
            "Write a note to the team as a table: the meeting is on Monday, the venue is room 4, lunch is provided.",
            "a table",
        ),
        ("Put the opening hours in a table for our website: Monday 9 to 5, Saturday 10 to 2.", "a table"),
        ("Write an FAQ about our bake sale: it is on Friday at 3pm in the school hall.", "an FAQ"),
        ("Write a note to staff with headings: the bake sale is on Friday at 3pm in the school hall.", "headings"),
        ("Write an Instagram post with hashtags: our new menu starts on Monday.", "hashtags"),
        ("write a post for the cafe page with some emojis: we now open at 7am", "emojis"),
        ("Write a sign for the staff room in all caps: the fridge is cleared every Friday.", "capital letters"),
        ("Write a short note to the team about the bake sale, and make it rhyme: it is on Friday at 3pm.", "verse"),
        ("Write the event details as JSON: the quiz is on Friday at 7pm in the hall.", "a data format"),
    ],
)
async def test_a_shape_composing_cannot_make_is_declined_by_name(request_text: str, shape: str) -> None:
    said = await declined_by_writer(request_text)
    assert f"You asked for {shape}" in said


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        ("Write an email to Sam saying the table for six is booked for 8pm on Friday.", "table for six"),
        ("Write a post with the hashtag #BakeSale: the bake sale is on Friday at 3pm.", "#BakeSale"),
        ("Write an email to the team saying the FAQ page is now live on the intranet.", "FAQ page"),
    ],
)
async def test_a_shape_word_in_the_content_is_written(request_text: str, kept: str) -> None:
    assert kept in await drafted(request_text)


@pytest.mark.parametrize(
    ("request_text", "lines"),
    [
        (
            "Write a caption for our bake sale in two lines: it is on Friday at 3pm. Everyone is welcome.",
            ["Our bake sale is on Friday at 3pm.", "Everyone is welcome."],
        ),
        (
            "write a two-line caption for our wildlife club's bat walk on 18 October",
            ["Our wildlife club's bat walk", "18 October"],
        ),
        ("Write a 2-line poster for the quiz night on Friday at 7pm", ["The quiz night", "Friday at 7pm"]),
        (
            "Write a three-line notice for the kitchen: the fridge is cleared on Fridays. Label your food. Thank you.",
            ["The fridge is cleared on Fridays.", "Label your food.", "Thank you."],
        ),
        (
            "Write a caption for the photo of our stall, no more than two lines: we raised £420 for the hospice.",
            ["We raised £420 for the hospice."],
        ),
        (
            "Give me a two-line sign for the car park: the car park will be closed on Saturday for resurfacing.",
            ["The car park will be closed on Saturday.", "This is for resurfacing."],
        ),
    ],
)
async def test_lines_asked_for_are_made_a_sentence_a_line(request_text: str, lines: list[str]) -> None:
    text = await drafted(request_text)
    assert [line.strip() for line in text.strip().splitlines() if line.strip()][-len(lines) :] == lines, text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a three-line caption for our bake sale: it is on Friday at 3pm in the school hall.",
        "Write a two-line text message to Jo: the bake sale is on Friday at 3pm.",
    ],
)
async def test_lines_the_facts_cannot_make_are_declined_not_padded(request_text: str) -> None:
    said = await declined_by_writer(request_text)
    assert "line" in said and "won't pad" in said


async def test_a_note_for_readers_on_a_day_is_still_no_event() -> None:
    said = await declined_by_writer("Write a note for the team on Monday")
    assert "is a topic, not content" in said


@pytest.mark.parametrize(
    ("request_text", "shape"),
    [
        ("Write the list of jobs in alphabetical order: sweep the yard, empty the bins, check the gate.", "an order"),
        ("Write a note to the team in order of priority: fix the gate, sweep the yard, empty the bins.", "an order"),
        ("Write a note to the team in the third person: we close at 5pm on Friday.", "a grammatical person"),
        ("Write a note to the team as a dialogue: we close at 5pm on Friday.", "a dialogue"),
        ("Write an email to Sam with a P.S.: the quiz is on Friday.", "a P.S."),
        ("Write an email to the team in bold: the office closes at 5pm.", "bold or italic text"),
    ],
)
async def test_an_order_a_person_a_dialogue_a_ps_or_bold_are_declined_by_name(request_text: str, shape: str) -> None:
    said = await declined_by_writer(request_text)
    assert f"You asked for {shape}" in said


async def test_a_ps_in_the_content_is_written() -> None:
    assert "The PS5 is in the box." in await drafted("Write an email to Sam saying the PS5 is in the box.")


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a tweet about our sale in under 100 characters: everything is half price this weekend.",
            "Our sale: everything is half price this weekend.",
        ),
        (
            "Write a post about our sale in no more than 50 characters: everything is half price this weekend.",
            "Our sale: everything is half price this weekend.",
        ),
        (
            "Write a one-line caption for our bake sale in under 12 words: it is on Friday at 3pm.",
            "Our bake sale: it is",
        ),
    ],
)
async def test_a_size_in_characters_is_kept_and_never_written_in(request_text: str, said: str) -> None:
    text = await drafted(request_text)
    assert said in text and "characters" not in text and "words" not in text


async def test_facts_longer_than_the_characters_asked_are_declined() -> None:
    said = await declined_by_writer(
        "Write a tweet about our sale in under 100 characters: everything in the shop is half price this weekend, "
        "we open at 9am every day, and the cafe upstairs serves free coffee to everyone who spends over £20."
    )
    assert "characters, more than the 99 asked for" in said
