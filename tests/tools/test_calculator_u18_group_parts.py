"""A part of a counted group ('Two thirds of our 27 volunteers turned up ... How many people is that?') is the
count it comes to; a question about the rest, a negation, another number or a part that is not whole declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Two thirds of our 27 volunteers turned up to the beach clean. How many people is that?", 18),
        ("Two thirds of our 27 volunteers came. How many came?", 18),
        ("40% of our 25 students passed. How many is that?", 10),
        ("a third of 27 volunteers", 9),
        ("Three quarters of the 36 guests are staying overnight. How many guests is that?", 27),
        ("Half of my 30 tomato plants survived the frost. How many is that?", 15),
        ("half of my 30 plants died, how many died?", 15),
    ],
)
async def test_a_part_of_a_group_is_counted(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Two thirds of our 27 volunteers didn't turn up. How many people is that?",
        "Two thirds of our 27 volunteers turned up. How many stayed home?",  # the rest, not the part
        "Two thirds of our 27 volunteers came. How many stayed?",
        "40% of our 27 students passed. How many is that?",  # 10.8 students
        "Two thirds of our 27 volunteers turned up, and 3 more joined. How many people is that?",
        "Two thirds of our 27 volunteers came to the beach",  # no question asked of the story
    ],
)
async def test_a_part_of_a_group_turned_round_is_declined(request_text: str):
    await refused(request_text)
