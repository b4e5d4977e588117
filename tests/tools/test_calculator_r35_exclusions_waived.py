"""Paraphrases of purchase stories with money excluded, waived, free, paid by someone else or charged on a limit,
and of a price per one thing per another among the lines; with the near-misses that must decline or still add."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Flights £120 each for 2 people, excluding the £30 baggage fee. How much for the flights?", 240),
        ("Room is $140 a night for 2 nights, excluding the $20 resort fee. How much for the room?", 280),
        ("Books £12 each for 3 books, excluding the £4 gift wrap. How much do I pay?", 36),
        ("4 coffees at £2.80 each, and the £3 cake was on the house. How much did I pay?", 11.2),
        ("Takeaway: 3 mains at £11 and 2 sides at £3.50, delivery £2.99 waived. Total?", 40),
        ("Two burgers at $9 and fries at $4, delivery $3.99 waived. What's the total?", 22),
        ("6 tickets at $8 each, the $2 service fee is waived for members. Total?", 48),
        ("Dinner: 3 mains at £14, wine £20 was complimentary. Total?", 42),
        ("Shop total for 2 loaves at £1.40 each and milk at £1.15, my neighbour is paying for the milk. What do I "
         "pay?", 2.8),
        ("Groceries: bread £1.20 and eggs £2.10, my sister is paying for the eggs. How much do I pay?", 1.2),
        ("3 pizzas at £8 each; delivery £2 unless you spend over £20. Total?", 24),
        ("3 pizzas at £9 each; delivery £3.50 unless the order is over £25. Total?", 27),
        ("5 books at £6 each; shipping £3.95 unless the order is over £30. Total?", 33.95),
        ("2 shirts at £15 each; postage £4 on orders under £50. Total?", 34),
        ("2 shirts at £30 each; postage £4 on orders under £50. Total?", 60),
        ("2 t-shirts at $12 each, shipping $5 on orders under $40. What do I pay?", 29),
        ("3 nights at €80 a night plus city tax €2 per person per night for 2 people. Total?", 252),
        ("Hotel 2 nights at $120 a night, parking $15 per car per night for 1 car. Total?", 270),
        ("Campsite: 3 nights at £20 a night, plus £5 per person per night for 4 people. How much will it cost?", 120),
        ("3 nights for 2 people at £40 per person per night. Total?", 240),
        ("5 days car hire at £30 a day, insurance £4 per driver per day for 2 drivers. Total cost?", 190),
        ("3 shirts at £12.50 each and a hat for £8. How much did I pay?", 45.5),
        ("Hotel £110 a night for 3 nights plus £15 tourist tax. Total?", 345),
        ("4 nights at £95 a night plus breakfast £20 a night. Total?", 460),
        ("Dad paid for 3 tickets at £5 each and a programme for £2. How much did he spend?", 17),
        ("I'm paying for 2 pizzas at £9 each and a £3 delivery fee. How much?", 21),
        ("3 nights at £89 a night plus £15 parking each night. Total?", 312),
        ("I treated myself to 2 cakes at £3 each and a coffee for £2.50. How much did I spend?", 8.5),
    ],
)  # fmt: skip
async def test_what_is_paid(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Hotel £110 a night for 3 nights, excluding the £15 tourist tax. How much is the tourist tax?",
        "Hotel £110 a night for 3 nights, excluding the £15 tourist tax. Total including the tax?",
        "2 loaves at £1.40 each and milk at £1.15, the £3 cake was free and delivery £2 waived. Total?",
        "4 coffees at £2.80 each, and the £3 cake was on the house. How much each?",
        "Order 4 candles at £5 each, free delivery over £15, otherwise £2.50. Total?",
        "4 nights at £95 a night, breakfast £10 per person per night for 2 people. How much each?",
        "4 nights at £95 a night, breakfast £10 per person per night. Total?",
        "2 cakes at £3 each and a coffee for £2.50, my friend treated me to the coffee. How much did I pay?",
        "Hotel 3 nights at £90 a night and £20 parking, work covers the parking. What do I pay?",
    ],
)
async def test_money_set_aside_left_open_declines(request_text: str):
    await refused(request_text)
