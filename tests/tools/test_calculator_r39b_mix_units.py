"""Paraphrases of one part of a mix asked in another unit of its measure ('how many ml of shampoo' with litres of
water), its name said before the parts ('Shampoo goes 1 part to 16 parts water'); near-misses with a unit of
another measure, a second amount or a second question."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Weedkiller goes 1 part to 50 parts water and the sprayer takes 5 litres of water. How many ml of "
            "weedkiller?",
            100,
        ),  # fmt: skip
        (
            "Floor cleaner is 1 part to 40 parts water. The bucket has 8 litres of water. How many millilitres of "
            "floor cleaner do I add?",
            200,
        ),  # fmt: skip
        ("Dilute 1 part squash to 9 parts water; I've 2.7 litres of water in the jug. How many ml of squash?", 300),
        ("Mix 1 part feed to 20 parts water. The can holds 4 litres of water. How many ml of feed?", 200),
    ],
)
async def test_a_part_of_a_mix_in_the_unit_asked(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Weedkiller goes 1 part to 50 parts water and the sprayer takes 5 litres of water. How many grams of "
        "weedkiller?",
        "Floor cleaner is 1 part to 40 parts water. The bucket has 8 litres of water and 2 litres of rinse. How "
        "many ml of floor cleaner?",
        "Mix 1 part feed to 20 parts water. The can holds 4 litres of water. How many ml of feed and how many cans?",
        "Mix 1 part feed to 20 parts water. The can holds 4 litres of water. How much feed, how many ml?",
    ],
)
async def test_a_mix_not_fully_said_is_declined(request_text: str):
    await refused(request_text)
