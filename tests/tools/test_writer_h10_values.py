"""A value handed over for a text "saying how much the hall hire costs in total": the value goes after the clause's
verb and before what it is counted over ("The hall hire costs £380 in total.", "The museum gets 12,400 visitors a
month."), never after the counting words."""

from __future__ import annotations

import pytest

from tests.tools.conftest import drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Write a sentence for the committee saying how much the hall hire costs in total:  £380",
            "The hall hire costs £380 in total.",
        ),
        (
            "Write a message to the team saying how long the drive takes each way:\n\n2 hours 15 minutes",
            "The drive takes 2 hours 15 minutes each way.",
        ),
        (
            "Write a note to the parents saying how much the trip costs per child:\n\n£18.50",
            "The trip costs £18.50 per child.",
        ),
        (
            "Write a post saying how many visitors the museum gets a month:\n\n12,400",
            "The museum gets 12,400 visitors a month.",
        ),
    ],
)
async def test_the_value_goes_before_what_it_is_counted_over(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


async def test_a_clause_with_a_place_keeps_the_value_after_its_verb() -> None:
    text = await drafted("Write a sentence saying how much we raised for the hospice in total: £2,150")
    assert text == "We raised £2,150 for the hospice in total."


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Draft a note to the other parents saying what the average wait was:\n\n39 minutes",
            "The average wait was 39 minutes.",
        ),
        ("Write a message to the club saying what our new budget is:\n\n£1,200", "Our new budget is £1,200."),
        (
            "Text my sister how many euros I've got for the trip:\n\n440.80 euros",
            "I've got 440.80 euros for the trip.",
        ),
        ("Email the team how many seats we've booked:\n\n24", "We've booked 24 seats."),
    ],
)
async def test_a_value_asked_by_what_it_is_or_told_straight_after_the_reader_is_said(
    request_text: str, said: str
) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("Email the client the total they owe:\n\n£2,250.00", "The total you owe is £2,250.00."),
        ("Text Sam the amount he owes:\n\n£42.50", "Sam, the amount you owe is £42.50."),
        ("Email my landlord the total:\n\n£1,380.00 in total", "The total is £1,380.00."),
        ("Message the team the price:\n\n£12 each", "The price is £12 each."),
    ],
)
async def test_a_value_sent_to_a_reader_is_said_to_them(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)
