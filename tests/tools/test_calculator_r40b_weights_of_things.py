"""Paraphrases of a weight or length said with what it is of ('25 lb of potatoes in kg', '300 m of fencing in
feet'): the thing named changes nothing in the conversion; near-misses with a second amount, a price, a word that
changes the amount, or a volume of something asked as a weight (which needs its density)."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("25 lb of potatoes in kg", 11.34),
        ("what is 25 lb of potatoes in kg", 11.34),
        ("how many kg is 25 lb of potatoes", 11.34),
        ("300 m of fencing in feet", 984.25),
        ("What's 40 kg of dog food in pounds?", 88.18),
    ],
)
async def test_a_measure_of_a_named_thing_converted(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "2 cups of flour in grams",
        "25 lb of potatoes and 3 lb of carrots in kg",
        "25 lb of potatoes at £1 a lb in kg",
        "5 litres of water in kg",
        "25 lb of extra potatoes in kg",
    ],
)
async def test_a_second_amount_a_price_or_a_density_is_declined(request_text: str):
    await refused(request_text)
