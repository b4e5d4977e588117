"""A price told as what is left after a discount ('After 20% off it's £48') is not the price the discount comes
off: asked what it is now, the calculator declines rather than take 20% off again. Asked of a price before the
discount ('What's £48 after 20% off?') it answers."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "After 20% off it's £48. What's it now?",
        "After a 15% discount the coat came to $85. So what's the price?",
    ],
)
async def test_a_price_told_after_the_discount_is_not_discounted_again(request_text: str):
    assert await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("What's £48 after 20% off?", 38.40),
        ("whats 48 quid after 20% off", 38.40),
        ("price after a 40 percent discount on 85 dollars", 51.00),
        ("The jacket is $90. After a 25% discount how much is it?", 67.50),
        ("After 20% off the jacket is £48. What was it before?", 60.00),
    ],
)
async def test_a_price_asked_after_the_discount_is_discounted(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)
