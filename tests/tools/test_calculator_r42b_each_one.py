"""A measure said of each one of a group ('Each of my birds eats 115 grams of feed per day') scales with the group
counted ('For 1,200 birds ... for 30 days'), and its 'per day' is the measure's own rate, not the question's."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Each of my birds eats about 115 grams of feed per day. For 1,200 birds, how many kilograms of feed will I "
         "need for 30 days?", 4140),
        ("Every cow on the farm drinks 80 litres of water a day. How many litres do 45 cows need over 7 days?", 25200),
        ("A bird eats 115 grams of feed per day. How many kilograms of feed do 1,200 birds need in 30 days?", 4140),
        ("each horse gets 9 kg of hay per day. 14 horses, 60 days, how many kg?", 7560),
        ("My car uses 6 litres of fuel per 100 km. How many litres for 350 km?", 21),
    ],
)  # fmt: skip
async def test_a_measure_of_each_one_scales_with_the_group(request_text: str, result: int):
    assert (await solved(request_text))["result"] == result


@pytest.mark.parametrize(
    "request_text",
    [
        "Each of my birds eats about 115 grams of feed per day. For 1,200 birds, how many litres of feed will I need "
        "for 30 days?",
        "Each of my birds eats about 115 grams of feed per day. For 1,200 birds and 40 ducks, how many kilograms of "
        "feed will I need for 30 days?",
        "Each bird eats 115 grams of feed per day. For 1,200 birds, how many kilograms for 30 days, and what will it "
        "cost?",
        "Each bird eats 115 grams of feed. For 1,200 birds, how many kilograms for 30 days?",
    ],
)
async def test_each_ones_measure_with_another_unit_group_or_question_is_declined(request_text: str):
    await refused(request_text)
