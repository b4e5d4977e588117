"""The amount before a percentage fee from what was received after it ('took an 8% fee and I received 1,840'), or
the fee itself, which is a share of that amount and never of what was received; more said declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The platform took an 8% fee and I received 1,840. What was the original amount the client paid?", 2000),
        ("The agency took a 20% commission and I got £400. What was the full amount before the commission?", 500),
        ("eBay kept a 12.8% fee and I received £87.20. What was the sale price?", 100),
        ("after a 15% fee I was paid $850, what was the original amount?", 1000),
        ("The platform took an 8% fee and I received 1,840. How much was the fee?", 160),
        ("The app takes a 25% cut and I received £300. What did the customer pay?", 400),
    ],
)
async def test_the_amount_before_a_fee(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "The platform took an 8% fee plus £2 and I received 1,840. What was the original amount?",
        "The platform took an 8% fee and a 2% charge and I received 1,840. What was the original amount?",
        "The platform took a 100% fee and I received 1,840. What was the original amount?",
    ],
)
async def test_fees_that_say_more_are_declined(request_text: str):
    await refused(request_text)
