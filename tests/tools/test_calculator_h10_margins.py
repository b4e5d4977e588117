"""Families tuning_heldout_10 showed the calculator declining (issue 9): a margin on top of an amount worked out ('I
want 20% extra as a reserve'), a meal naming what an order is for ('for the lunch order'), and a charge at a
percentage asked for itself ('work out a 10% service charge on that total'), also as the second step of a chain.
Near misses still decline.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Engine burns about 2.8 gallons an hour and the passage is 9 hours. I want 20% extra as a reserve. How "
            "many gallons should I carry?",
            30.24,
        ),
        ("The car uses 6 litres per 100 km and the trip is 450 km. Add 10% extra. How many litres?", 29.7),
        ("The wall is 5 m by 3 m, plus 10% for waste. How many square metres of tiles?", 16.5),
        (
            "The generator uses 1.5 litres an hour and we run it for 8 hours. We'd like 25% spare. How many litres "
            "should we bring?",
            15,
        ),
    ],
)
async def test_a_margin_is_added_on_top_of_the_amount(request_text: str, result: float):
    solution = await solved(request_text)
    assert solution["result"] == pytest.approx(result)
    assert solution["problem"].endswith("with a margin")


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Engine burns 2.8 gallons an hour and the passage is 9 hours, with a 20% discount. How many gallons?",
        "Engine burns 2.8 gallons an hour and the passage is 9 hours. I want 20% extra as a reserve. How many hours?",
        "5 people and I want 20% extra. How many people?",
        "The floor is 4 m by 3 m and the tiles are 50 cm by 50 cm. Add 10% for waste. How many tiles?",
        "The meal is £80. I want 20% extra. How much?",
        "Engine burns 2.8 gallons an hour for 9 hours. I want 20% extra and 10% more. How many gallons?",
    ],
)
async def test_near_misses_of_a_margin_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("Add up 4 x £12.50 and 3 x £8.20 for the lunch order", "£74.60"),
        ("What's 6 x £4.25 + 2 x £3.10 for the lunch run?", "£31.70"),
        ("work out a 10% service charge on £74.60", "£7.46"),
        ("what's a 12.5% service charge on £86.40", "£10.80"),
        ("calculate a 25% deposit on $8,400", "$2,100.00"),
        (
            "Add up 4 x £12.50 and 3 x £8.20 for the lunch order, then work out a 10% service charge on that total.",
            "£7.46",
        ),
    ],
)
async def test_an_order_for_lunch_and_a_charge_asked_for_itself(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    ["I work 9 to 5 with lunch. How many hours?", "I work 9:00 to 17:00 with a lunch break. How many hours?"],
)
async def test_lunch_as_a_break_is_still_not_set_aside(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
async def test_a_bill_with_a_service_charge_still_totals():
    solution = await solved("the bill is £74.60 with a 10% service charge. What's the total?")
    assert solution["answer"] == "£82.06 in total"
