"""A count of people priced each, opening the story, with a flat charge on top ('School trip budget: 27 pupils at
£12.50 each, plus a £45 booking fee for the coach. What's the total cost?' -> £382.50; it was declined as naming
nothing bought). Alone, with nothing bought named ('8 people at $27.50 each. Total?'), or with a share asked of
them, it still declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "School trip budget: 27 pupils at £12.50 each, plus a £45 booking fee for the coach. "
            "What's the total cost?",
            382.5,
        ),
        ("27 pupils at £12.50 each plus a £45 booking fee. What's the total?", 382.5),
        ("12 guests at $30 each plus a $50 room hire fee. What's the total?", 410),
        ("15 children at €8 each, plus a €20 booking fee. What's the total cost?", 140),
    ],
)
async def test_people_priced_each_with_a_flat_charge_are_totalled(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "8 people at $27.50 each plus a $20 fee, split evenly. How much each?",
        "8 people at $27.50 each. Total?",
        "8 people at $27.50 each plus a $20 fee. What does each of us pay?",
    ],
)
async def test_a_share_asked_of_people_priced_each_declines(request_text: str):
    await refused(request_text)
