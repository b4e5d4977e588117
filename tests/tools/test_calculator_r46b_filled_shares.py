"""A container filled to a share of what it holds, asked in its own unit or another, in new voices; and
near-misses: what is left to fill, a figure more, goods the request never named, a conversion asked of a part."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My big boil pot holds 80 quarts and I fill it two-thirds full of water. How many gallons is that?", 13.33),
        ("pot's 80 qt, filled 2/3 full - how many gallons?", 13.33),
        ("How many gallons are in my 80 quart pot when it is two thirds full?", 13.33),
        ("The 60 litre tank is three quarters full. How many litres are in it?", 45),
        ("The drum takes 20 L and it's 40% full. How many litres?", 8),
        ("how many gallons r in my 80 qt pot if its half full", 10),
        ("The tank holds 60 litres and is a quarter full. How much is in it?", 15),
    ],
)
async def test_a_share_of_a_capacity_counts(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "My pot holds 80 quarts and I fill it two-thirds full. How many more gallons to fill it?",
        "My pot holds 80 quarts and I fill it two-thirds full, then add 5 quarts. How many gallons is that?",
        "My pot holds 80 quarts and I fill it two-thirds full. How many gallons are left to fill?",
        "My pot holds 80 quarts and I fill it two-thirds full. How many cups of salt?",
        "My pot holds 80 quarts and I fill it two-thirds full. How many gallons each for 4 pots?",
        "hotel in Zamalek want 3.5 kilo baharat, with my usual recipe how many gram cinnamon I put?",
        "The order is 2 kg of spice mix. How many grams of pepper is that?",
        "Caterer wants 4 kg of the house blend; how many grams cumin go in?",
    ],
)
async def test_a_share_left_open_or_other_goods_asked_is_declined(request_text: str):
    await refused(request_text)
