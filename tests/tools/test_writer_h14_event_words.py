"""A statement that ends on a word that can name an event ("the key is at reception", "the talk is in the main
hall") is something to say, not a bare event named as a topic; an event named with nothing said of it is still
declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("Write a note to Priya saying the key is at reception.", "The key is at reception."),
        ("Write a note to the team saying the keys are at reception.", "The keys are at reception."),
        (
            "Write a message to Tom saying the spare chairs are at the reception.",
            "The spare chairs are at the reception.",
        ),
        (
            "Write an email to Ola saying the coats will be in the hall after the party.",
            "The coats will be in the hall",
        ),
        ("Write a note to Sam saying the cake is for the party.", "The cake is for the party."),
        ("Write a note to the office saying lunch is after the meeting.", "Lunch is after the meeting."),
    ],
)
async def test_a_statement_ending_on_an_event_word_is_said(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Write an invitation to my dad's 70th birthday lunch.",
        "Write a post announcing our open day.",
    ],
)
async def test_a_bare_event_is_still_declined_as_a_topic(request_text: str) -> None:
    assert "topic" in await declined_by_writer(request_text)
