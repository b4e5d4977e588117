"""Something 'picked up' for a price is bought for it ('I pick up used books for $4 and sell them for $7. What's my
markup as a percentage of cost?' -> 75%; it was declined). With no sale said, or a margin asked of the cost, it
still declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I pick up used books for $4 and sell them for $7. What's my markup as a percentage of cost?", 75),
        ("I picked up a bike for $80 and sold it for $120. What was my markup as a percentage?", 50),
        ("She picks up old lamps at £15 and sells them at £24. What's her margin as a percentage?", 37.5),
        ("We pick up pallets for €20 and sell them for €35. What's our markup as a percentage?", 75),
    ],
)
async def test_a_thing_picked_up_for_a_price_is_its_cost(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I pick up used books for $4 and give them away for $7. What's my markup as a percentage?",
        "I pick up used books for $4 and sell them for $7. What's my margin as a percentage of the cost?",
    ],
)
async def test_no_sale_or_a_mixed_base_declines(request_text: str):
    await refused(request_text)
