"""Who asks, said first: "I'm a Year 4 teacher. Write a note to parents: ...", "I'm a second year student. Write an
email to my tutor asking for an extension ...". The role is not what the text says; the ask after it is read as if
it came alone, whether its facts follow a colon or are said inline. An ask about the asker ("a bio for my
website", "introducing myself") keeps the role as what the text may say."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "I'm a Year 4 teacher. Write a note to parents: trip to the Natural History Museum on Friday 14 March, "
            "£6 contribution, children need a packed lunch.",
            "Trip to the Natural History Museum on Friday 14 March, £6 contribution, children need a packed lunch.",
        ),
        (
            "We're a Grade 2 class. Write a thank-you note to the fire station: thank you for the visit on Tuesday "
            "and for letting us sit in the engine.",
            "Thank you for the visit on Tuesday and for letting us sit in the engine.",
        ),
        (
            "I'm a Year 11 form tutor. Draft an email to parents: mock exams start on Monday 2 December, students "
            "need two black pens.",
            "Mock exams start on Monday 2 December, students need two black pens.",
        ),
    ],
)
async def test_a_role_with_a_school_year_before_the_ask_is_not_the_content(request_text: str, said: str) -> None:
    text = await drafted(request_text)
    assert said in text
    assert "teacher" not in text and "class." not in text and "tutor" not in text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "I'm a second year student. Write an email to my tutor asking for an extension on my essay due Friday "
            "7 February because I've had flu, and suggest Monday 10 February as the new date.",
            "an extension on my essay due Friday 7 February because I've had flu, and suggest Monday 10 February",
        ),
        (
            "I'm a first year apprentice. Draft an email to my supervisor asking for Friday 3 May off for my "
            "driving test.",
            "Friday 3 May off for my driving test",
        ),
        (
            "I'm a nurse. Write an email to my manager asking to swap my Saturday 12 April shift because of a "
            "family wedding.",
            "my Saturday 12 April shift because of a family wedding",
        ),
        (
            "I'm a final year student. Write an email to my supervisor asking for a meeting on Wednesday 5 March "
            "about my dissertation draft.",
            "a meeting on Wednesday 5 March about my dissertation draft",
        ),
    ],
)
async def test_a_role_before_an_ask_to_my_reader_is_not_the_content(request_text: str, said: str) -> None:
    text = await drafted(request_text)
    assert said in text
    assert "student" not in text and "apprentice" not in text and "nurse" not in text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "As a Year 4 teacher, I need a note to parents: trip to the Natural History Museum on Friday 14 March, "
            "£6 contribution, children need a packed lunch.",
            "Trip to the Natural History Museum on Friday 14 March, £6 contribution, children need a packed lunch.",
        ),
        (
            "As a second year student, write an email to my tutor asking for an extension on my essay due Friday 7 "
            "February because I've had flu.",
            "an extension on my essay due Friday 7 February because I've had flu.",
        ),
        ("I'm a Year 4 teacher and I need a note to parents: trip on Friday 14 March, £6.", "Trip on Friday 14 March"),
        ("I teach Year 4. Write a note to parents: trip on Friday 14 March, £6 contribution.", "£6 contribution."),
        ("Hi, I'm a Year 4 teacher. Write a note to parents: trip on Friday 14 March, £6 contribution.", "£6"),
    ],
)
async def test_a_role_set_off_by_a_comma_or_and_is_who_asks(request_text: str, said: str) -> None:
    text = await drafted(request_text)
    assert said in text
    assert "teacher" not in text and "student" not in text and "Year 4" not in text


@pytest.mark.parametrize(
    "request_text",
    [
        "As a new manager, write an email introducing myself to the team.",
        "I'm a Year 6 teacher. Write a note to parents about the trip.",
        "I'm a second year student. Write an email to my tutor about my essay.",
    ],
)
async def test_a_role_and_a_topic_with_no_facts_is_still_declined(request_text: str) -> None:
    assert "topic" in await declined_by_writer(request_text)


async def test_an_ask_about_the_asker_keeps_the_role_as_what_it_says() -> None:
    assert "I'm a new team lead." in await drafted(
        "I'm a new team lead. Write an email introducing myself to the team."
    )
