"""Facts handed over after a dash, as after a colon: "Write an invitation for my daughter's 7th birthday party -
Saturday 12 July, 2-4pm at Jumping Jacks soft play, RSVP to Leah on 07123 456789" is written from them (it was
declined as a topic). The dash is read so only when the request read whole is declined: a dash inside what is to
be said ("saying the shop - which opened in May - is closing") stays where it is."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write an invitation for my daughter's 7th birthday party - Saturday 12 July, 2-4pm at Jumping Jacks "
            "soft play, RSVP to Leah on 07123 456789",
            ["You're invited to my daughter's 7th birthday party.", "Jumping Jacks", "07123 456789"],
        ),
        (
            "Write a note for the team - the office is closed on Monday 5 May for the bank holiday",
            ["The office is closed on Monday 5 May for the bank holiday."],
        ),
        (
            "Draft a reminder for parents \u2013 sports day is on 4 July at 1pm, bring sun hats",
            ["Sports day is on 4 July at 1pm", "sun hats"],
        ),
        (
            "Write a poster for the fete - Saturday 7 June, 11am-3pm, St John's field, free entry",
            ["Saturday 7 June", "St John's field", "Free entry"],
        ),
        (
            "Write an invite for Sam's leaving drinks \u2014 Friday 30 May, 6pm, the Crown, first round on me",
            ["Friday 30 May", "the Crown"],
        ),
        (
            "Could you write an invitation to our open day - Saturday 21 June, 10am to 2pm, 14 Mill Lane",
            ["Saturday 21 June", "14 Mill Lane"],
        ),
    ],
)
async def test_facts_after_a_dash_are_written(request_text: str, said: list[str]) -> None:
    text = await drafted(request_text)
    assert all(fact in text for fact in said), text
    assert " - " not in text.split("\n")[0]


async def test_a_dash_inside_what_is_said_stays() -> None:
    text = await drafted("Write a note saying the shop - which opened in May - is closing")
    assert "The shop - which opened in May - is closing." in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Write an invitation for my daughter's party - you know the details",
        "Write a poem for my mum - she turns 60 on 3 May",
    ],
)
async def test_nothing_to_say_after_a_dash_is_still_declined(request_text: str) -> None:
    await declined_by_writer(request_text)
