"""A fact told before the ask, with the points after a colon: "My nan turns 90 on Saturday. Write a short invitation
for the family: lunch at the Royal Oak, 1pm, no presents please." says the birthday and the points (it was declined
as an instruction the writer could not tell from its content). Told things that may speak of the reader, or that
tell no fact, are not read so."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "My nan turns 90 on Saturday. Write a short invitation for the family: lunch at the Royal Oak, 1pm, no "
            "presents please.",
            ["Hello family,", "My nan turns 90 on Saturday.", "Lunch at the Royal Oak, 1pm, no presents please."],
        ),
        (
            "Our shop turns 10 on 3 May. Write a post for our customers: cake all day, 10% off everything.",
            ["Our shop turns 10 on 3 May.", "Cake all day, 10% off everything."],
        ),
        (
            "The Lees have moved to 14 Oak Road. Write a note for the book club: meetings now at their new house, "
            "same time.",
            ["Hello book club,", "The Lees have moved to 14 Oak Road."],
        ),
        (
            "The hall roof is being fixed until 20 June. Draft an email to the choir: rehearsals move to St Anne's "
            "school.",
            ["Hello choir,", "The hall roof is being fixed until 20 June.", "St Anne's school"],
        ),
        (
            "Grandad retires on Friday after 40 years. Write a message for the family group: drinks at ours at 7pm.",
            ["Grandad retires on Friday after 40 years.", "7pm"],
        ),
        (
            "The car park closes on 2 June for resurfacing. Write a notice for staff: park on Mill Road that week.",
            ["The car park closes on 2 June for resurfacing.", "Mill Road"],
        ),
    ],
)
async def test_a_fact_told_before_the_ask_is_said(request_text: str, said: list[str]) -> None:
    text = await drafted(request_text)
    assert all(part in text for part in said), text


@pytest.mark.parametrize(
    "request_text",
    [
        "I'm so stressed. Write a note for the team: the deadline is Friday.",
        "My mum turns 60 on Sunday. Write her a card: lunch at 1pm.",
        "Dave fixed the boiler on Monday. Write a thank-you note to Dave: it works perfectly now.",
    ],
)
async def test_what_may_speak_of_the_reader_or_tells_nothing_is_declined(request_text: str) -> None:
    await declined_by_writer(request_text)
