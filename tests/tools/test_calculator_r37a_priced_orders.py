"""Paraphrases of a price said first and the count ordered after it, and near-misses whose count is of something
else or comes with a second line."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Paper is £4.20 a ream and we need 40 reams. The shop gives 10% off, then VAT at 20%. Total?",
            181.44,
        ),
        ("Hoodies are €32 each. We're ordering 15 and the printer knocks 5% off. What's the total?", 456),
        ("Bulbs cost $3.50 each and I need 12. What's the total with 7% sales tax?", 44.94),
        ("The chairs are £45 each. We need 30. What do they come to?", 1350),
        ("Tiles are £2.40 a tile and we need 150 tiles. How much is that with 20% VAT?", 432),
        ("Casks are £68.50 each before VAT. We're ordering 24. What's the total before VAT?", 1644),
    ],
)
async def test_a_price_then_a_count_is_one_line(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Casks are £68.50 each. We need 24 hoops. What's the total?",
        "Hoodies are €32 each. We're ordering 15 and 5 caps. What's the total?",
        "Casks are £68.50 each before VAT. We're ordering 24 with 10% off. What's the total?",
    ],
)
async def test_another_count_or_a_label_that_matters_is_declined(request_text: str):
    await refused(request_text)
