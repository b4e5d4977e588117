"""A profit on a count said after the prices of one ('I buy mugs for £3 and sell them for £5. What's my profit on 12
mugs?'): each price is one thing's, so the profit is on the whole count, never on one; near-misses decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I buy mugs for £3 and sell them for £5. What's my profit on 12 mugs?", 24),
        ("We buy candles for £4 and sell them for £9. What's the profit on 30 candles?", 150),
        ("I bought 12 mugs for £30 and sold them for £60. Profit?", 30),
    ],
)
async def test_a_profit_on_a_count_told_after_the_prices(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "buy at 98p sell at £1.35, profit on a crate of 20",
        "I buy mugs for £3 and sell them for £5, but 2 broke. What's my profit on 12 mugs?",
        "I buy mugs for £3 and sell them for £5. What's my profit on 12 mugs and on 20 cups?",
    ],
)
async def test_a_profit_on_a_count_that_is_another_question_is_declined(request_text: str):
    await refused(request_text)
