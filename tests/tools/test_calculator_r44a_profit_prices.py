"""Paraphrases of a profit on things bought and sold at prices in dong, or in thousands with no currency named
('45k each'), and near-misses: a lot's price that may be each, a part sold, a verb that says neither side."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Bought 30 helmets at 250,000 dong each and sold them at 320,000 dong each. What's my profit?", 2_100_000),
        ("profit? bought 12 tyres for 400,000 VND each, sold them for 520,000 VND each", 1_440_000),
        ("we buy 25 chain at 150k each and sell at 210k. profit how much if all sold", 1_500_000),
        ("What is the profit: I bought 40 filters at 60,000 each and sold them at 85,000 each", 1_000_000),
        ("i buy 10 mirror at 90k each, sell at 130k each, total profit?", 400_000),
        ("Bought 8 batteries at 350,000đ each and sold at 420,000đ. Profit on the lot?", 560_000),
    ],
)
async def test_a_profit_in_dong_or_thousands(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


async def test_an_amount_in_dong_is_shown_in_dong():
    assert "VND" in (await solved("An oil change is 120,000 dong. 17 oil changes cost how much?"))["answer"]


@pytest.mark.parametrize(
    "request_text",
    [
        "we buy 25 chain at 150k and sell at 210k. profit how much",
        "we buy 25 chain for 150k each and sell for 210k. profit how much",
        "we buy 25 chain at 150k each and sell at 210k. if we sell 20, profit how much",
        "picked up 25 chains at 150k each, selling at 210k. profit how much",
        "we buy 25 chain at 150k each and sell at 210k, minus 5% fee. profit how much",
        "we buy 25 chain at 150k each and 10 cables at 40k each and sell at 210k. profit how much",
        "we buy 25 chain at 150k each and sell at 210k. profit how much and how many left?",
    ],
)
async def test_a_price_that_may_be_the_lots_or_a_part_sold_is_declined(request_text: str):
    await refused(request_text)
