"""Paraphrases of a dilution said as '<thing> is mixed / diluted 1 part to N parts water', and the near-misses."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Shampoo concentrate is mixed 1 part to 16 parts water. How many ml of concentrate go in a 3,400 ml "
         "bottle?", 200),
        ("Concentrate is mixed 1 part to 16 parts water. How much concentrate in a 3,400 ml bottle?", 200),
        ("Squash is diluted 1 part to 4 parts water. How much squash for a 2 litre jug?", 0.4),
        ("The cleaner should be mixed 1 part to 10 parts water. How many ml of cleaner in a 550 ml spray bottle?",
         50),
        ("Bleach is diluted 1 part to 9 parts water. How much water for 200 ml of bleach?", 1800),
        ("Shampoo is mixed 1 part to 16 parts water. How much shampoo for 3,400 ml of water?", 212.5),
        ("Sugar syrup is 2 parts sugar to 1 part water by weight. For 3 kg of sugar how much water do I need?", 1.5),
        ("Autumn feed is 2 parts sugar to 1 part water by weight. If I use 5 kg of water how much sugar goes in?",
         10),
    ],
)  # fmt: skip
async def test_dilutions(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
async def test_a_part_not_in_the_mix_declines():
    await refused("Shampoo concentrate is mixed 1 part to 16 parts water. How many ml of soap go in a 3,400 ml bottle?")
