"""A margin or markup said in words ('I want 45% of the selling price to be profit - what do I sell them for?'),
asked as the price. A question about the profit itself or two bases at once declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "price"),
    [
        ("candles cost me £3.20 each. I want 45% of the selling price to be profit - what do I sell them for?", 5.82),
        ("soap costs me £2 a bar and I want profit to be 20% of the selling price. what should the price be?", 2.5),
        ("mugs cost me $6 each, I want a profit of 50% of the cost, what do I sell them for?", 9),
        ("cards cost me 80p each and I want 60% of the sale price to be profit, what do I charge?", 2),
    ],
)
async def test_a_margin_said_in_words_gives_the_price(request_text: str, price: float):
    assert (await solved(request_text))["result"] == pytest.approx(price, abs=0.005)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "candles cost me £3.20 each. I want 45% of the selling price to be profit. how much profit is that?",
        "candles cost me £3.20 each. I want 45% of the selling price and 10% of the cost to be profit. what do I "
        "sell them for?",
        "candles cost me £3.20 each plus VAT. I want 45% of the selling price to be profit. what do I sell them for?",
    ],
)
async def test_a_margin_in_words_not_asking_the_price_is_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
