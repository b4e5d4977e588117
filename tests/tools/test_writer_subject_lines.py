"""An email request that gives its subject line as a label ("Subject: parking.", "Subject line: X", "subject - X")
and then its facts is written with that subject line and the facts as the body; the label never ends up in the
greeting ("Hello team. Subject,"). A label with no facts after it names a topic and is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import cpu_time, declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "subject", "greeting", "fact"),
    [
        (
            "Write an email to the team. Subject: parking. The car park is closed on Friday.",
            "Subject: Parking",
            "Hello team,",
            "The car park is closed on Friday.",
        ),
        (
            "Write an email to Sam. Subject line: Budget. The budget is 100 pounds.",
            "Subject: Budget",
            "Hello Sam,",
            "The budget is 100 pounds.",
        ),
        (
            "Write an email to the team. subject - lunch. Lunch is at noon on Tuesday.",
            "Subject: Lunch",
            "Hello team,",
            "Lunch is at noon on Tuesday.",
        ),
        (
            "Write an email to the office, subject: heating. The boiler will be fixed on 12 May.",
            "Subject: Heating",
            "Hello office,",
            "The boiler will be fixed on 12 May.",
        ),
        (
            "Write a note to the team. Re: parking. The car park is closed on Friday.",
            "Subject: Parking",
            "Hello team,",
            "The car park is closed on Friday.",
        ),
        (
            "Email the staff. Subject: Fire drill\nThe drill is at 11am on Wednesday.\nMeet in the car park.",
            "Subject: Fire drill",
            "Hello staff,",
            "Meet in the car park.",
        ),
    ],
)
async def test_a_labelled_subject_line_heads_the_email_and_the_facts_are_its_body(
    request_text: str, subject: str, greeting: str, fact: str
):
    text = await drafted(request_text)
    assert text.splitlines()[0] == subject
    assert greeting in text
    assert fact in text
    assert "Subject," not in text and "subject," not in text


async def test_a_subject_with_figures_keeps_every_figure_in_the_body():
    text = await drafted("Send Priya an email. Subject: Q3 budget. The budget is £4,000 and it is due on 3 March.")
    assert text.startswith("Subject: Q3 budget")
    assert "£4,000" in text and "3 March" in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write an email to the team. Subject: parking.",
        "Write an email to Sam. Subject line: the budget",
        "Write an email to the team, subject: parking",
        "Write an email to the team. Re: parking",
        "Write an article. Subject: the history of tea",
    ],
)
async def test_a_labelled_subject_with_no_facts_is_declined_as_a_topic(request_text: str):
    assert "is a topic, not content" in await declined_by_writer(request_text)


async def test_a_whole_sentence_after_the_label_is_declined_rather_than_guessed_at():
    said = await declined_by_writer(
        "Write an email to the team. Subject: the car park will be closed all day on Friday because the council "
        "is resurfacing it and the lines are being painted again. Park on the street."
    )
    assert "subject line" in said


async def test_a_letter_given_a_subject_label_is_declined_not_greeted_with_it():
    said = await declined_by_writer("Write a letter to Mr Jones. Subject: rent. The rent rises to 900 pounds in May.")
    assert "subject line only on an email" in said


@pytest.mark.parametrize(
    ("request_text", "subject", "fact"),
    [
        ("Email Sam with the subject Budget update. The budget is 100 pounds.", "Subject: Budget update", "100 pounds"),
        ("Write an email to the team with subject line Lunch: lunch is at noon.", "Subject: Lunch", "noon"),
        (
            "Write an email to the team with the subject line parking. The car park is closed on Friday.",
            "Subject: Parking",
            "closed on Friday",
        ),
    ],
)
async def test_a_subject_named_without_quotes_is_the_subject_line_not_a_title_of_the_words(
    request_text: str, subject: str, fact: str
):
    text = await drafted(request_text)
    assert text.splitlines()[0] == subject
    assert fact in text


async def test_a_subject_named_without_quotes_and_no_facts_is_declined():
    assert "is a topic, not content" in await declined_by_writer(
        "Write an email to the team with the subject line parking."
    )


def test_a_long_instruction_is_not_scanned_for_a_subject_label():
    from servers.tools.writer.subject_lines import labelled_subject

    with cpu_time() as spent:
        assert (
            labelled_subject("Write an email" + " " * 19_000 + "x with the subject y", "The car park is shut.") is None
        )
    assert spent.seconds < 0.1
