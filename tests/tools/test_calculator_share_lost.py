"""A share of a count lost, told in a story ('Now 18% have died. How many are left?'), answered as the count less
the share, or the share itself when the loss is asked; anything more in the story leaves it to be declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("In March we put 250,000 spat in the baskets. Now 18% have died. How many oysters are left, ja?", 205000),
        ("A farmer has 250 sheep and sells 20% of them. How many are left?", 200),
        ("I had 250 eggs and 12% broke. How many are left?", 220),
        ("There were 400 seedlings and 15% died. How many survived?", 340),
        ("There were 400 seedlings and 15% died. How many died?", 60),
    ],
)
async def test_a_share_lost(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "There were 400 seedlings and 15% died and 10 more were eaten. How many survived?",
        "There were 400 seedlings and 15% were planted out. How many are left?",  # planted out: no loss said
        "I had 250 eggs and 12% broke. Each box holds 6. How many boxes are left?",
    ],
)
async def test_more_than_a_share_lost_declines(request_text: str):
    await refused(request_text)
