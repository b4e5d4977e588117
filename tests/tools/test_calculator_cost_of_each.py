"""A cost said of each thing ('each plate costs me 34 baht', 'each one costs me $1.10 to make') is one thing's cost:
a profit multiplies it by the count sold or declines, never takes it once off the takings."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Sold 120 empanadas at $2.50 each and each one costs me $1.10 to make. What's my profit?", 168),
        ("I sold 40 candles at £6 each, and every one cost me £2.25 to pour. Profit?", 150),
        ("Sold 120 empanadas at $2.50 each and the ingredients cost me $80. What's my profit?", 220),
        ("raffle: 350 tickets at £2 each, the prizes cost us £145. how much did we make?", 555),
    ],
)
async def test_a_cost_of_each_is_counted_for_every_one_sold(request_text: str, result: float) -> None:
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "I sold 87 plates at 60 baht a plate. Each plate costs me 34 baht to make. How much did I make?",
        "Sold 200 cups at 30 baht a cup, each cup costs me 12 baht. How much did I make today?",
    ],
)
async def test_a_cost_of_each_is_never_taken_off_once(request_text: str) -> None:
    assert await refused(request_text)  # declined, not the takings less one thing's cost
