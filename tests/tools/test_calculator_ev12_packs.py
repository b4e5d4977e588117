"""How many packs to buy when each of a group has so much ('each pizza is cut into 8 slices and I reckon each kid
eats 3 slices. 14 kids. how many pizzas do I order?'): a part pack is one more. Something already had, a question
that counts no pack, or an amount not said of each one declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "packs"),
    [
        ("each pizza is cut into 8 slices and I reckon each kid eats 3 slices. 14 kids. how many pizzas do I order?",
         6),
        ("juice comes in 1.5 L cartons and each kid will drink around 300 ml. 14 kids — how many cartons?", 3),
        ("20 guests and each guest drinks 250 ml of punch; punch comes in 2 litre bottles. how many bottles do I need?",
         3),
        ("sausage rolls come in boxes of 12 and each child will eat 4 sausage rolls. 25 children. how many boxes?", 9),
    ],
)  # fmt: skip
async def test_whole_packs_cover_what_each_one_has(request_text: str, packs: int):
    answer = await solved(request_text)
    assert answer["result"] == packs
    assert answer["problem"] == "packs needed"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "each pizza is cut into 8 slices and I reckon each kid eats 3 slices. 14 kids. I already have 2 pizzas, how "
        "many pizzas do I order?",
        "each pizza is cut into 8 slices and I reckon each kid eats 3 slices. 14 kids. how many slices?",
        "each pizza is cut into 8 slices and I reckon the kids eat 3 slices. 14 kids. how many pizzas?",
        "juice comes in 1.5 L cartons and each kid will drink around 300 g. 14 kids — how many cartons?",
    ],
)
async def test_packs_not_told_in_full_are_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
