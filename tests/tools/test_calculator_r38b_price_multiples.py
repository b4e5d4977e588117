"""Round table: prices at a multiple of cost, with or without a cut, in several voices; near-misses."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A candle costs me £4 to make and I sell it at 3 times cost. What do customers pay?", 12),
        ("I buy mugs at €3 and price them at 4 times cost, then 20% off in the sale. What's the sale price?", 9.6),
        ("Bought soap at £2 and sold at 2.5 times cost with 10% off for staff. Staff price?", 4.5),
        ("A candle costs me $4 and I sell it at 3 times cost. What's the price?", 12),
    ],
)
async def test_prices_at_a_multiple_of_cost(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "It costs me £18 and I price it at 2.5 times cost plus VAT. What do they pay?",
        "A hand-tied costs me £18 and I price it at 2.5 times cost. What's my profit?",
        "Each mug costs me €3 and I charge 4 times what I paid, with 20% off in the sale. What do customers pay?",
    ],
)
async def test_prices_at_a_multiple_of_cost_near_misses_decline(request_text: str):
    await refused(request_text)
