"""A question about the things bought rather than their price: 'Five shirts at $20 each. How much do they weigh?'.

The prices say nothing of weight, length or hours, so the amount paid is not the answer; and a total of a word the
calculator cannot place ('total xyzzy?') is not taken for the total paid. Both are declined, while the ways people
ask for the amount paid ('total cost?', 'total w/ tax', 'total in euros', '4 weeks total how much') are answered."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "5 shirts at $20 each. total weight?",
        "5 shirts at $20 each. total xyzzy?",
        "5 shirts at $20 each. how much do they weigh?",
        "how much do 5 shirts at $20 each weigh?",
        "5 shirts at $20 each. what's the total length?",
        "5 shirts at $20 each and 2 ties at $15 each. total calories?",
        "5 shirts at $20 each and 2 ties at $15 each. what's the total floofiness?",
        "3 coffees at $4 each and a muffin for $3. total carbon footprint?",
        "I worked 5 shifts of 8 hours at $20 an hour. total hours?",
        "2 bags of rice at 1200 each. total rice?",
    ],
)
async def test_a_measure_of_the_things_is_not_their_price(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("5 shirts at $20 each. total?", 100),
        ("5 shirts at $20 each and 2 ties at $15 each. total cost?", 130),
        ("5 shirts at $20 each and 2 ties at $15 each. total dollars?", 130),
        ("courier charge RM 8.50 per parcel, this week 37 parcel. total postage?", 314.5),
        ("bike rental $95 a week, insurance $42 a week, phone data $28 a week. 4 weeks total how much", 660),
        ("sales tax here is 8.25%. ringing up a bottle of conditioner at $24, what's the total w/ tax?", 25.98),
        ("I worked 5 shifts of 8 hours at $20 an hour. total pay?", 800),
    ],
)
async def test_the_amount_paid_asked_any_way_is_answered(request_text: str, expected: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(expected, abs=0.01)
