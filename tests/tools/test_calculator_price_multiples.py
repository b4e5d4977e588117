"""A price said as a multiple of cost ('I price it at 2.5 times cost') is no price of its own: a story of
purchases never reads '2.5' there as £2.50 and adds it to the cost."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "A hand-tied costs me £18 to make and I price it at 2.5 times cost. Then the hospital staff get 10% off. "
        "What do they pay?",
        "I buy mugs at €3 and price them at 4 times cost, then 20% off in the sale. What's the sale price?",
        "The frame costs £12 and I sell it at 2 times cost plus £5 postage. What's the total?",
    ],
)
async def test_a_multiple_of_cost_is_not_a_price_added_on(request_text: str):
    await refused(request_text)
