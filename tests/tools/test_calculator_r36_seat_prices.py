"""Paraphrases of a price per one thing per period asked for another period, with the near-misses that must
decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("We need 45 Microsoft licences at $12.50 per user per month. What's that per year?", 6750),
        ("45 users at $12.50 per user per month. What is the cost per year?", 6750),
        ("45 users at $12.50 per user per month. How much a year?", 6750),
        ("20 seats at £8 per seat per week. What's that annually?", 8320),
        ("45 Adobe seats at £50 per seat per month. What's that per year?", 27000),
        ("45 users at $12.50 per user per month. What's that per month?", 562.5),
        ("12 users at €6 per user per month. What's that per quarter?", 216),
    ],
)
async def test_seat_price_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "45 rooms at $12.50 per user per month. What's that per year?",
        "45 users at $12.50 per user per week. What's that per month?",
        "45 users at $12.50 per user per month and a $100 setup fee. What's that per year?",
        "45 users at $12.50 per user per month. What's that per year and per week?",
    ],
)
async def test_seat_price_near_misses(request_text: str):
    await refused(request_text)
