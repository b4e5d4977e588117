"""Three things the writer must not guess at.

- A text asking its reader a question ("asking the team what they think of the new rota") puts the question to
  them ("Could you please let me know what you think of the new rota?"); the question was read as part of whom it
  was for ("Hello team what they think,").
- An ask with nothing said of what is asked ("Email Sam asking the spare keys") is declined, never written as
  "Could you help with the spare keys?".
- A label on a text handed over ("Email - Hi all, the quiz night is on Friday ...", "Checklist - date, time") asks
  nothing: it is declined, never written up with the label as its subject or heading.

And a request to move a meeting, asked politely ("Would you mind drafting an email to my supervisor, Dr Patel,
asking to move our meeting ...?"), is an email that asks for the move, greeted to the person, with no heading made
of the request.
"""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "greeting", "asked"),
    [
        (
            "Write an email asking the team what they think of the new rota: it starts on 3 March and swaps the "
            "Sunday shifts.",
            "Hello team,",
            "let me know what you think of the new rota?",
        ),
        (
            "Draft a message to my flatmates asking them how they feel about getting a cat",
            "Hello",
            "let me know how you feel about getting a cat?",
        ),
        (
            "Write an email to Dr Shah asking her when she can see me about my thesis.",
            "Hello Dr Shah,",
            "let me know when you can see me about my thesis?",
        ),
        ("Send my sister a text asking how her interview went", "", "let me know how your interview went?"),
    ],
)
async def test_a_question_is_put_to_the_reader(request_text: str, greeting: str, asked: str) -> None:
    text = await drafted(request_text)
    assert asked in text
    assert greeting in text
    assert " what they" not in text and " how they" not in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Email Sam asking the spare keys",
        "Write a note to the caretaker asking the hall",
    ],
)
async def test_an_ask_that_says_nothing_asked_is_declined(request_text: str) -> None:
    await declined_by_writer(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Email - Hi all, the quiz night is on Friday in the Red Lion. See you there!",
        "Checklist - date, time, place.",
        "Email: Hi team, the office is closed on Monday.",
        "Note - the boiler man comes at 9am Tuesday",
        "Message - meeting moved to 3pm",
        "e-mail – Dear parents, sports day is on 4 July.",
    ],
)
async def test_a_labelled_text_with_no_ask_is_declined(request_text: str) -> None:
    assert "does not ask me to write anything" in await declined_by_writer(request_text)


async def test_a_text_asked_for_after_a_colon_is_still_written() -> None:
    assert "The office is closed on Monday." in await drafted("Email the team: the office is closed on Monday.")


@pytest.mark.parametrize(
    ("request_text", "name", "move"),
    [
        (
            "Would you mind drafting an email to my supervisor, Dr Patel, asking to move our meeting from Thursday "
            "2pm to Friday at 11am? I'll attach the chapter 3 draft.",
            "Dr Patel",
            "move our meeting from Thursday 2pm to Friday at 11am",
        ),
        (
            "Could you write an email to my manager, Ms Okoro, asking to move our one-to-one from Monday 10am to "
            "Tuesday at 3pm? I'll bring the Q2 figures.",
            "Ms Okoro",
            "move our one-to-one from Monday 10am to Tuesday at 3pm",
        ),
        (
            "Do you mind drafting a message to my tutor Mr Lewis asking to push our tutorial from Wednesday 4pm to "
            "Thursday at 9am?",
            "Mr Lewis",
            "push our tutorial from Wednesday 4pm to Thursday at 9am",
        ),
        (
            "Please email my landlord, Mr Grant, asking to move the inspection from 5 May to 12 May.",
            "Mr Grant",
            "move the inspection from 5 May to 12 May",
        ),
        (
            "Would you mind writing an email to Coach Rivera asking to swap my session from Saturday 8am to Sunday "
            "10am? I'll pay the £5 difference.",
            "Coach Rivera",
            "swap my session from Saturday 8am to Sunday 10am",
        ),
        (
            "Can you draft an email to my dentist asking to move my appointment from Tuesday 9:30 to Wednesday at 2pm?",
            "Hello",
            "move my appointment from Tuesday 9:30 to Wednesday at 2pm",
        ),
    ],
)
async def test_a_polite_ask_to_move_a_meeting_is_an_email_asking_for_it(
    request_text: str, name: str, move: str
) -> None:
    text = await drafted(request_text)
    assert f"Hello {name}" in text or name == "Hello"
    assert f"Could you please {move}?" in text
    assert "#" not in text and "mind" not in text.lower()
