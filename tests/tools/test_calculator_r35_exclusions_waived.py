"""Paraphrases of purchase stories with money excluded, waived, free, paid by someone else or a threshold, and of
a price per one thing per another inside a purchase: declined, never added; the near-misses still answer."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Flights £120 each for 2 people, excluding the £30 baggage fee. How much for the flights?",
        "Room is $140 a night for 2 nights, excluding the $20 resort fee. How much for the room?",
        "Train tickets €35 each for 3 of us, not counting the €5 booking fee. How much are the tickets?",
        "4 coffees at £2.80 each, and the £3 cake was on the house. How much did I pay?",
        "Takeaway: 3 mains at £11 and 2 sides at £3.50, delivery £2.99 waived. Total?",
        "Two burgers at $9 and fries at $4, delivery $3.99 waived. What's the total?",
        "6 tickets at $8 each, the $2 service fee is waived for members. Total?",
        "Dinner: 3 mains at £14, wine £20 was complimentary. Total?",
        "Shop total for 2 loaves at £1.40 each and milk at £1.15, my neighbour is paying for the milk. What do I pay?",
        "Groceries: bread £1.20 and eggs £2.10, my sister is paying for the eggs. How much do I pay?",
        "3 pizzas at £8 each; delivery £2 unless you spend over £20. Total?",
        "5 books at £6 each; shipping £3.95 unless the order is over £30. Total?",
        "2 shirts at £15 each; postage £4 on orders under £50. Total?",
        "2 t-shirts at $12 each, shipping $5 on orders under $40. What do I pay?",
        "Order 4 candles at £5 each, free delivery over £15, otherwise £2.50. Total?",
        "3 nights at €80 a night plus city tax €2 per person per night for 2 people. Total?",
        "Hotel 2 nights at $120 a night, parking $15 per car per night for 1 car. Total?",
    ],
)  # fmt: skip
async def test_money_not_paid_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("3 shirts at £12.50 each and a hat for £8. How much did I pay?", 45.5),
        ("Hotel £110 a night for 3 nights plus £15 tourist tax. Total?", 345),
        ("4 nights at £95 a night plus breakfast £20 a night. Total?", 460),
        ("Dad paid for 3 tickets at £5 each and a programme for £2. How much did he spend?", 17),
        ("I'm paying for 2 pizzas at £9 each and a £3 delivery fee. How much?", 21),
        ("3 nights at £89 a night plus £15 parking each night. Total?", 312),
    ],
)  # fmt: skip
async def test_what_is_paid_still_adds(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)
