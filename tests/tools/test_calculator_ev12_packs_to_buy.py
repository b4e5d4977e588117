"""Whole packs to buy for what is needed (issue 9, tuning_everyday_12): the count rounded up, a part pack bought
whole. How many packs can be filled, a third number, a price or a word that changes the amounts declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Back boxes come in packs of 10 and I need 37 of them, how many packs do i order", 4),
        ("cupcake boxes hold 6. order is for 75 cupcakes. how many boxes", 13),
        ("Eggs come in boxes of 12. I need 50 eggs. How many boxes should I buy?", 5),
        ("We need 41 chairs; they come in packs of 4. How many packs?", 11),
        ("Tables seat 8 and we have invited 50 guests. How many tables do we need?", 7),
        ("I need 14 candles, boxes of 6, how many boxes", 3),
        ("Each crate holds 24 bottles and the order is for 100 bottles. How many crates?", 5),
        ("I need 100.1 m of cable and it comes on 50m drums, how many drums", 3),
        ("Bottles are 750ml. We need 30 litres. How many bottles do we need?", 40),
        ("We need 48 rolls and rolls come 9 to a pack. How many packs?", 6),
    ],
)
async def test_the_packs_needed_are_rounded_up(request_text: str, result: int):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
async def test_whole_packs_say_what_is_spare():
    answer = await solved("Screws come in packs of 10 and I need 37. How many packs do I need?")
    assert answer["answer"] == "4 packs (3 spare)"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "cupcake boxes hold 6. I have 75 cupcakes and 3 muffins. how many boxes can I fill",
        "Screws come in packs of 10 and I need 37, I already have 2 packs. how many packs do i order",
        "I need 37 screws at £2 and they come in packs of 10. How many packs?",
        "I need 3 boxes of 12 eggs. How many boxes do I need?",
        "Screws come in packs of 10 and I need 37 plus 10% spare. How many packs?",
    ],
)
async def test_packs_with_more_or_another_question_decline(request_text: str):
    await refused(request_text)
