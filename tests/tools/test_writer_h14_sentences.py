"""A number of sentences asked for, made from the facts given without padding: two clauses joined by "and"
("the fire drill is on Wednesday and everyone should meet in the car park") are two sentences; a bio given as a
name and notes ("Tom Reid, head chef, 15 years in kitchens, trained in Lyon") is told in the sentences asked for;
a post of the writer's own good news may open by saying it shares news. What cannot honestly make the number is
still declined."""

from __future__ import annotations

import re

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


def _sentences(text: str) -> list[str]:
    body = [line for line in text.splitlines() if line and not re.match(r"(?:Subject:|Hello|Hi|Dear|Best|\[)", line)]
    return [s for s in re.split(r"(?<=[.!?])\s+", " ".join(body)) if s]


@pytest.mark.parametrize(
    ("request_text", "count", "said"),
    [
        (
            "In two sentences, write a reminder for staff that the fire drill is on Wednesday morning and everyone "
            "should meet in the car park.",
            2,
            ["fire drill is on Wednesday morning.", "Everyone should meet in the car park."],
        ),
        (
            "Write a two-sentence notice for parents: the school trip is on Friday and children must bring a packed "
            "lunch.",
            2,
            ["The school trip is on Friday.", "Children must bring a packed lunch."],
        ),
        (
            "In 2 sentences, write a message to the team: the office is closed on Monday and we will work from home.",
            2,
            ["The office is closed on Monday.", "We will work from home."],
        ),
        (
            "Write a note for residents in two sentences: the lift is out of service until Thursday and deliveries "
            "will go to the back door.",
            2,
            ["until Thursday.", "Deliveries will go to the back door."],
        ),
        (
            "Two-sentence announcement for the choir: rehearsal moves to the church hall and Maria will lead the "
            "warm-up.",
            2,
            ["Rehearsal moves to the church hall.", "Maria will lead the warm-up."],
        ),
        (
            "Write a two-sentence reminder for volunteers: the food bank opens at 9am on Saturday and you should "
            "bring a reusable bag.",
            2,
            ["opens at 9am on Saturday.", "You should bring a reusable bag."],
        ),
    ],
)
async def test_two_clauses_joined_by_and_make_two_sentences(request_text: str, count: int, said: list[str]) -> None:
    text = await drafted(request_text)
    assert all(s in text for s in said), text
    assert len(_sentences(text)) == count, text
    assert "It is also" not in text and "It deliveries" not in text


async def test_a_list_joined_by_and_is_not_split_into_sentences() -> None:
    assert "1 sentence" in await declined_by_writer(
        "In two sentences, write a note for the team: tea and the cake will be served at 3pm."
    )


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Write a 3-sentence bio for our staff page: Tom Reid, head chef, 15 years in kitchens, trained in Lyon, "
            "loves seasonal British produce.",
            "Tom Reid is a head chef and has 15 years in kitchens. Tom trained in Lyon. Tom loves seasonal British "
            "produce.",
        ),
        (
            "Write a 2-sentence bio for me for the school website: Mr Okafor, teaches chemistry, been at the school "
            "8 years, runs the chess club.",
            "Mr Okafor teaches chemistry and has been at the school 8 years. He runs the chess club.",
        ),
        (
            "Two-sentence bio for the club website: Dr Amara Lee, GP, 12 years in general practice, runs the Sunday "
            "parkrun.",
            "Dr Amara Lee is a GP and has 12 years in general practice. Dr Amara Lee runs the Sunday parkrun.",
        ),
        (
            "Write a 2 sentence bio: Jake Moss, barista, grew up in Cork, loves latte art.",
            "Jake Moss is a barista and grew up in Cork. Jake loves latte art.",
        ),
        (
            "Write a three-sentence bio for the newsletter: Mrs Chen, office manager, joined the practice in 2012, "
            "speaks Mandarin and English, volunteers at the food bank.",
            "Mrs Chen is an office manager and joined the practice in 2012. She speaks Mandarin and English. She "
            "volunteers at the food bank.",
        ),
        (
            "Write a bio in 3 sentences: Priya Shah, physiotherapist, 9 years with the NHS, coaches under-12s "
            "football, lives in Bristol.",
            "Priya Shah is a physiotherapist and has 9 years with the NHS. Priya coaches under-12s football. Priya "
            "lives in Bristol.",
        ),
    ],
)
async def test_a_bio_given_as_notes_is_told_in_the_sentences_asked(request_text: str, expected: str) -> None:
    assert await drafted(request_text) == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a 2-sentence bio: Sam Ortiz, loving life, coffee.",
        "Write a 3-sentence bio: Lena Park, designer.",
        "Write a two-sentence bio: Lisbon, sunny, great food, cheap trams.",
        "Write a two-sentence bio: Paris, France, is lovely, great food.",
        "Write a two-sentence description: Jake Moss, barista, grew up in Cork, loves latte art.",
    ],
)
async def test_notes_that_cannot_honestly_make_the_sentences_are_declined(request_text: str) -> None:
    assert "sentence" in await declined_by_writer(request_text)


@pytest.mark.parametrize(
    ("request_text", "news"),
    [
        (
            "LinkedIn post in exactly two sentences: I've passed my final ACCA exams after three years of evening "
            "study.",
            "I'm delighted to share some news. I've passed my final ACCA exams after three years of evening study.",
        ),
        (
            "Write a two-sentence Facebook post: we've opened our second bakery on Mill Street.",
            "We're delighted to share some news. We've opened our second bakery on Mill Street.",
        ),
        (
            "Two-sentence LinkedIn post: I've just been promoted to senior engineer at Brightwave.",
            "I'm delighted to share some news. I've just been promoted to senior engineer at Brightwave.",
        ),
        (
            "LinkedIn post in 2 sentences: I have completed my MSc in Data Science at Leeds.",
            "I'm delighted to share some news. I have completed my MSc in Data Science at Leeds.",
        ),
    ],
)
async def test_a_post_of_own_good_news_may_open_by_sharing_it(request_text: str, news: str) -> None:
    assert await drafted(request_text) == news


@pytest.mark.parametrize(
    "request_text",
    [
        "LinkedIn post in two sentences: I've been made redundant after six years at Orion.",
        "Two-sentence post: my sister has passed her driving test.",
        "LinkedIn post in three sentences: I've passed my final ACCA exams after three years of evening study.",
    ],
)
async def test_news_that_is_not_own_good_news_gets_no_opener(request_text: str) -> None:
    assert "sentence" in await declined_by_writer(request_text)
