"""A price for so many, asked for a count that is no multiple of it 'at that rate' ('seedlings at 6 for £4.50, how
much would 40 cost at that rate' is £30): the question says the price scales. Without it a deal says nothing of 10
out of bundles of 4, and a count of another thing than the story's is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My plant nursery sells seedlings at 6 for £4.50. How much would 40 seedlings cost at that rate?", 30),
        ("seedlings are 6 for £4.50. At that rate, how much would 40 seedlings cost?", 30),
        ("pens are 4 for $3, how much for 10 pens at the same price?", 7.50),
        ("eggs are 12 for £3. at the same rate what would 30 eggs cost?", 7.50),
        ("Bread rolls: 6 for £1.20. At that price, what do 15 rolls cost?", 3),
        ("6 seedlings cost £4.50. How much would 40 seedlings cost at that rate?", 30),
        ("Our bakery sells cupcakes at 4 for €5. What would 18 cupcakes cost pro rata?", 22.50),
    ],
)
async def test_a_bundle_price_scales_to_any_count_at_that_rate(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "pens are 4 for $3, how much for 10 pens?",  # the deal says nothing of 10
        "pens are 4 for $3, how much for 10 pencils at that rate?",  # another thing
        "pens are 4 for $3, how much for 12 pencils?",
        "seedlings are 6 for £4.50 or 10 for £7. How much would 40 seedlings cost at that rate?",
    ],
)
async def test_a_bundle_price_not_said_to_scale_is_declined(request_text: str):
    await refused(request_text)
