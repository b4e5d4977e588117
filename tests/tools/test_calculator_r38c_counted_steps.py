"""Paraphrases of counted steps sent alone, and near-misses that must still be declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("3 sessions of 2.5 hours at £16 an hour. What's the total?", 120),
        ("4 extra stagehands for 6 hours at £15.20 an hour. What's the total?", 364.8),
        ("4 stagehands working 6 hours at £15.20 an hour. What's the total cost?", 364.8),
        ("We need 5 stewards for 4 hours at £12 an hour. How much will that cost?", 240),
        ("6 lessons of 45 minutes at £30 an hour, what's the total?", 135),
        ("How much do 11 lessons at £22 each come to?", 242),
        ("Tell me what 3 nights at €85 a night comes to", 255),
        ("Total up 4 inner tubes at €7.99 and a track pump at €29", 60.96),
        ("Work out 250 portions at 180 g of rice each, in kg", 45),
        ("Each of the buckets holds 9 litres and we have 14 of them. How many litres altogether?", 126),
        ("Each of our tables seats 8 and we've got 12 of them. How many guests can we seat?", 96),
        ("Each of the tins weighs 400 g and I bought 6 of them. How many kg?", 2.4),
    ],
)
async def test_counted_steps(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "2 vans for 3 hours at £40 an hour plus £20 fuel, what's the total?",
        "4 stagehands for 6 hours at £15.20 an hour, 2 of them for 8 hours. What's the total?",
        "Work out 46 portions of salmon in kg",
        "Work out what it comes to",
        "Each of the vases holds 1.5 litres. I've got 26 of them and 4 of them are spare. How many litres?",
    ],
)
async def test_counted_steps_that_say_too_little_or_more_are_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Each vase holds 1.5 litres and I've got 26 of them. How many litres do I need?", 39),
        ("Each bucket holds 9 litres and we have 14 of them. How many litres altogether?", 126),
    ],
)
async def test_one_thing_named_then_counted_by_of_them(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


async def test_a_list_at_a_price_asked_how_much_is_needed_is_declined():
    await refused("Flour is £1.20 a kg and I need 3 kg for the cake and 2 kg for bread. How much do I need?")
