"""A notice for a place that asks its readers to act ("a notice for inside the bus asking people to ...") is that
ask; a story told before an ask to rework the user's own text ("... Can you make it sound nicer? Here it is: ...")
is no part of the text."""

from __future__ import annotations

import pytest
from conftest import drafted

pytestmark = pytest.mark.anyio


async def test_a_notice_for_the_bus_asks_people_to_give_up_the_seats() -> None:
    text = await drafted(
        "Write a notice for inside the bus asking people to give up the priority seats to passengers with buggies or "
        "wheelchairs."
    )
    assert "Could you please give up the priority seats to passengers with buggies or wheelchairs?" in text


async def test_a_story_before_the_ask_is_left_out_of_the_rework() -> None:
    text = await drafted(
        "So my flatmate keeps leaving her shopping in the hallway and I can never get my bike out, and I wrote her a "
        "note but it came out way too sharp. Can you make it sound nicer? Here it is: You left your shopping bags in "
        "the hallway again so I couldn't get my bike out. Move them today or they go in the shed.",
        "rewrite",
    )
    assert text.startswith("You left your shopping bags in the hallway again")
    assert "flatmate" not in text and "shed" in text
