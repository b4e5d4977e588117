"""Sales asked as takings, revenue or what they 'brought in'; prices spoken as 'one pound fifty'; the profit on a
count sold ('I sold 48') at a price each against what each cost to make, or on an amount bought for a sum and sold
at a price per unit ('30 kilos for £42, sold at £2.20 a kilo')."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Sold 146 flat whites yesterday at $4.80 each. What did that bring in?", 700.80),
        ("Sold 146 flat whites at $4.80 each. What are the takings?", 700.80),
        ("Sold three hundred and twelve punnets of strawberries at one pound fifty each on Saturday — what's the "
         "takings?", 468),
        ("We sold 85 raffle tickets at two pounds fifty each. What did that bring in?", 212.5),
        ("I sold 40 brownies at £2.25 each at the fair. What's the revenue?", 90),
        ("what's 3 times five dollars fifty", 16.5),
        ("one pound fifty times 312", 468),
        ("2 pounds 50 times 3", 7.5),
    ],
)  # fmt: skip
async def test_sales_and_spoken_prices_are_worked_out(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "kilograms"),
    [
        ("the baby weighed seven pounds eight ounces, how many kg", 3.4019),  # a weight in two units stays one
        ("2 pounds 50 grams in kg", 0.9572),
    ],
)
async def test_a_weight_said_in_pounds_is_not_read_as_money(request_text: str, kilograms: float):
    assert (await solved(request_text))["result"] == pytest.approx(kilograms, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "seven pounds eight in kg",  # 7 lb 8 oz, not £7.08
        "7 pounds 12 in kg",
        "£5 pounds 50 times 3",
    ],
)
async def test_pounds_that_may_be_a_weight_are_declined(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I sell hand-poured candles for £6.50 each and they cost me £3.20 each to make. I sold 48 at the market on "
         "Saturday - what's my total profit?", 158.4),
        ("I sell candles for £6.50 each and they cost me £3.20 each to make. I sold 48. What's my profit?", 158.4),
        ("Candles cost me $2 each to make and I sell them at $5 each. Sold 30 last week, what's the profit?", 90),
        ("Bought 30 kilos of tomatoes off the wholesaler for £42 this morning. If I shift the lot at £2.20 a kilo, "
         "what's my profit?", 24),
        ("I bought 30 kg of tomatoes for £42 and sold them at £2.20 a kg. What's my profit?", 24),
        ("Bought 50 litres of juice for $60 and sold it at $2 a litre. What's my profit?", 40),
        ("I bought 12 metres of fabric for £30 and sold it at £4 a metre. Profit?", 18),
        ("I bought 30 kg of tomatoes at £1.40 a kg and sold them at £2.20 a kg. What's my profit?", 24),
    ],
)  # fmt: skip
async def test_a_profit_on_a_count_or_an_amount_sold_is_worked_out(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I bought 30 kg of tomatoes for £42 and sold them at £2.20 a litre. What's my profit?",  # litres of kilos
        "I bought 30 kg of tomatoes for £42 and sold them at £1.20 a kg. What's my profit?",  # a loss
        "Bought 30 kilos of tomatoes for £42 with £5 off. If I sell the lot at £2.20 a kilo, what's my profit?",
        "I sell candles for £6.50 each and they cost me £3.20 each. I sold 48 and 5 broke. What's my profit?",
        "I sell candles for £6.50 each and they cost me £3.20 each to make. I sold 48 on Saturday and 30 on Sunday. "
        "What's my profit?",
    ],
)
async def test_a_profit_with_more_to_it_is_declined(request_text: str):
    await refused(request_text)
