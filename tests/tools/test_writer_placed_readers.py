"""A notice for readers named by where they are ("Notice to tenants at 4 Albion Road: ...") is headed with them
("Tenants at 4 Albion Road"): under the plain heading "Announcement" the address was lost, and the notice declined
for leaving it out. Readers named with no place keep the plain heading."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "heading", "said"),
    [
        (
            "Notice to tenants at 4 Albion Road: the annual gas safety inspection is on 9 October between 8am and "
            "12pm, please make sure someone is in.",
            "Tenants at 4 Albion Road",
            "9 October between 8am and 12pm",
        ),
        (
            "Write a notice for residents at Elm House: the water will be off on Tuesday from 9am to 1pm.",
            "Residents at Elm House",
            "The water will be off on Tuesday",
        ),
        (
            "Put up a notice for the residents of Maple Court: the bins move to Thursday from next week.",
            "Residents of Maple Court",
            "The bins move to Thursday",
        ),
        (
            "Write an announcement for staff at the Leeds office: the canteen reopens on Monday.",
            "Staff at the Leeds office",
            "The canteen reopens on Monday",
        ),
        (
            "Could you do a notice for everyone in Flat 3 Rose Court: the hallway gets painted on Saturday.",
            "Rose Court",
            "painted on Saturday",
        ),
        (
            "Notice for parents of Year 6 at St Anne's: the trip leaves at 8am on Friday.",
            "St Anne's",
            "the trip leaves at 8am on Friday",
        ),
    ],
)
async def test_a_notice_is_headed_with_readers_named_by_place(request_text: str, heading: str, said: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert heading in outcome.text.splitlines()[0]
    assert said.lower() in outcome.text.lower()


@pytest.mark.parametrize(
    "request_text",
    ["Notice to tenants: the gas inspection is on 9 October.", "Write a notice for the team: the kitchen is closed."],
)
async def test_a_notice_for_readers_with_no_place_keeps_its_heading(request_text: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert outcome.text.startswith("Announcement")
