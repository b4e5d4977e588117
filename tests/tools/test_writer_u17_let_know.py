""" "Let the choir know rehearsal is cancelled tonight": after "know", what follows is what they are told, however it
opens (it was declined as a topic unless it began with "the", "our", a name ...); a question told instead of its
answer ("let the team know when the party is", "saying when we open: 9am") is declined, never written back as
"When we open. 9am." or greeted "Hello team know when,"."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Let the choir know rehearsal is cancelled tonight because the hall flooded.",
            "Rehearsal is cancelled tonight because the hall flooded.",
        ),
        (
            "In no more than 40 words, let the choir know rehearsal is cancelled tonight because the hall flooded.",
            "Rehearsal is cancelled tonight",
        ),
        ("let the parents know pickup is at 3pm on Friday", "Pickup is at 3pm on Friday."),
        ("Let our volunteers know parking is free on Saturday.", "Parking is free on Saturday."),
        ("Let the staff know lunch is provided tomorrow.", "Lunch is provided tomorrow."),
        ("Please let the members know subs are due by 1 April.", "Subs are due by 1 April."),
    ],
)
async def test_what_follows_know_is_what_they_are_told(request_text: str, said: str) -> None:
    text = await drafted(request_text)
    assert said in text and "know" not in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Let the team know when the party is.",
        "Let the choir know what time rehearsal starts.",
        "Write a note saying when we open: 9am.",
        "Write a note to the team saying what time the meeting starts: 10am.",
        "Let the team know about the party.",
    ],
)
async def test_a_question_told_instead_of_its_answer_is_declined(request_text: str) -> None:
    said = await declined_by_writer(request_text)
    assert "what the text should explain" in said or "is a topic, not content" in said


async def test_an_explanation_given_after_the_question_is_written() -> None:
    text = await drafted(
        "Email the client explaining what went wrong: the supplier delivered the tiles three weeks late."
    )
    assert "The supplier delivered the tiles three weeks late." in text
