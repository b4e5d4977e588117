"""How many more are needed from what is had (a count, or a share of a pack) and what is needed ("I've got three
quarters of a 24-pack of balloons left and need 30 for the hall. how many more do I need to buy?").
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "more"),
    [
        ("I've got three quarters of a 24-pack of balloons left and need 30 for the hall. how many more do I need to "
         "buy?", 12),
        ("I've got 18 balloons and need 30 for the hall. how many more do I need to buy?", 12),
        ("we have two thirds of a 12-pack of candles and need 20. how many more?", 12),
        ("we have 12 plates and need 20 plates, how many more?", 8),
    ],
)  # fmt: skip
async def test_how_many_more_are_needed(request_text: str, more: int):
    assert (await solved(request_text))["result"] == more


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I have 40 chairs and need 30. how many more?",
        "I've got three quarters of a 10-pack of balloons and need 30. how many more?",
        "I've got 18 balloons and need 30, 5 popped. how many more?",
        "I've got three quarters of a 24-pack of balloons left and need 30. how many more packs do I need to buy?",
        "I've got 18 balloons and need 30 chairs. how many more?",
    ],
)
async def test_a_shortfall_not_told_in_full_is_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
