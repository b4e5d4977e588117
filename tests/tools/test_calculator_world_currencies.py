"""Money in the currencies people across the world write: the naira sign, rand written 'R2,400' or 'rand',
cedis, the peso, won, lira and shekel signs. A capital R that runs into letters ('R2D2') is no amount of rand."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("What is 15% of R2,400?", 360),
        ("R350 a night for 4 nights, total?", 1400),
        ("what is 15% of 2400 rand", 360),
        ("Feed costs ₦18,500 a bag and I need 6 bags. What's the total?", 111000),
        ("45,000 naira split 3 ways", 15000),
        ("12 cedis times 4", 48),
        ("₱1,200 less 10%", 1080),
        ("What is 5% of ₩80,000?", 4000),
        ("₺640 split between 4 of us", 160),
        ("What's 17% VAT on ₪300?", 51),
    ],
)
async def test_an_amount_in_a_world_currency(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)


@pytest.mark.parametrize(
    "request_text",
    [
        "what's 10% of R2D2",
        "How much is R2,400 in naira?",  # a rate of exchange nobody gave
        "₦5,000 for the feed and R300 for the vet, total?",  # two currencies: no one total without a rate
    ],
)
async def test_what_a_currency_cannot_answer_is_declined(request_text: str):
    assert await refused(request_text)
