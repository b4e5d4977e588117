"""A discount the seller gives ('I'm giving a regular customer 12.5% off her £96 order'): the price after it, or
the discount itself when that is asked; a second discount on something not priced is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I'm giving a regular customer 12.5% off her £96 order. What's the price after the discount?", 84),
        ("I give my regular customer 15% off a $240 cake. What does she pay?", 204),
        ("We give regulars 10% off. Her order is £96. What does she pay?", 86.4),
        ("I'm giving a regular customer 12.5% off her £96 order. What's the discount?", 12),
    ],
)
async def test_a_discount_given_is_taken_off(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "I'm giving a regular customer 12.5% off her £96 order and 10% off the next. What's the price after the"
        " discount?",
        "I'm giving a regular customer 12.5% off her order. What's the price after the discount?",
        "I'm giving a regular customer 12.5% off her £96 order. What's the price after the discount, and will she"
        " come back?",
    ],
)
async def test_a_discount_not_told_in_full_is_declined(request_text: str):
    await refused(request_text)
