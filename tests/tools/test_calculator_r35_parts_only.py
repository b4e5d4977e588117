"""Paraphrases of a discount on parts only beside labour, fitting or delivery, and the near-misses that decline or
are read as a discount on everything."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Bike shop quote: new chain £38.99, cassette £64.50 and £25 labour. I get 10% off parts only, not labour. "
         "What's the total?", 118.141),
        ("Chain £38.99, cassette £64.50 and labour £25. 10% off parts only. What's the total?", 118.141),
        ("Garage quote: brake pads $85, discs $140 and $90 labour. They give me 20% off parts but not labour. "
         "What do I pay?", 270),
        ("Tyres €240 and fitting €40. 15% off the tyres, excluding the fitting. What's the total?", 244),
        ("Boiler part £120, labour £80. I get 5% off, parts only. What's my bill?", 194),
        ("New tap $45, washer $5 and $60 labour, 10% discount on parts only. What's the total?", 105),
        ("Chain £38.99, cassette £64.50 and £25 labour. 10% off everything. What's the total?", 115.641),
    ],
)  # fmt: skip
async def test_parts_discounted_labour_not(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Chain £38.99, cassette £64.50 and £25 labour. 10% off parts only. What's the total with VAT?",
        "Chain £38.99, cassette £64.50 and £25 labour. 10% off parts only. How much do I save?",
        "Chain £38.99 and cassette £64.50. 10% off parts only. What's the total?",
    ],
)
async def test_near_misses_decline(request_text: str):
    await refused(request_text)
