"""A topic dated by a period or a place ("the best places to go on holiday in 2027", "the housing market in 2026") is
declined as a topic: read as an event at a time it came out as "The best places to go is on holiday in 2027.". An
event named with its day, date or time is still told ("The fire drill is on Wednesday at 11am."), and things
happening on a date said with "-ing" are said as happening ("The new bins are arriving on 3 June.")."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a blog post about the best places to go on holiday in 2027.",
        "Could you do me an article about the top spots to visit on a budget in 2026?",
        "Write a post about the housing market in 2026.",
        "Blog post please about the cheapest things to do in Leeds on a Sunday",
        "Write an article about the weather on Monday.",
        "Write a blog post about the history of the town in the 1800s.",
        "I need a newsletter piece about the best ways to save energy this winter in 2025",
        "Write a blog post about the spring cleaning on Saturday.",
    ],
)
async def test_a_dated_topic_is_declined(request_text: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "rejected", outcome.text


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("Write a message to the office about the fire drill on Wednesday at 11am", "The fire drill is on Wednesday"),
        ("Write a note about the new opening hours from 1 March", "The new opening hours are from 1 March"),
        ("Write an email to the parents about the school trip next Friday", "The school trip is next Friday"),
        ("Write an email to the team about the office move on 14 March", "The office move is on 14 March"),
        ("Write a 2-line poster for the quiz night on Friday at 7pm", "Friday at 7pm"),
        (
            "Draft a letter to my tenants about the new recycling bins arriving on 3 June",
            "The new recycling bins are arriving on 3 June",
        ),
        ("Write a note to the staff about the lifts closing on Monday", "The lifts are closing on Monday"),
    ],
)
async def test_an_event_with_its_time_is_still_told(request_text: str, said: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert said in outcome.text
