"""Paraphrases of portions that make, fill, cover or take a whole together (rounded up), and the near-misses that
count the whole portions a whole holds (rounded down)."""

from __future__ import annotations

import pytest

from tests.tools.conftest import solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("How many 330 ml cans make 2 litres?", 7),
        ("How many 330ml cans would make 2 litres of punch?", 7),
        ("How many 250 ml glasses fill a 1.2 litre jug?", 5),
        ("How many 500 g bags make 3.2 kg?", 7),
        ("How many 40 cm pieces make 5 m?", 13),
        ("How many 2 litre bottles does it take to fill a 15 litre tank?", 8),
        ("How many 750 ml bottles to make 4 litres?", 6),
        ("How many 500 ml bottles make 3 litres?", 6),
    ],
)
async def test_portions_making_a_whole(request_text: str, result: int):
    reply = await solved(request_text)
    assert reply["result"] == result
    assert "left over" not in reply["answer"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A bottle of juice holds 1.5 litres. If I pour 250 ml glasses, how many glasses do I get?", 6),
        ("A roll of ribbon is 5 m long. How many 40 cm pieces can I cut?", 12),
        ("How many 330 ml glasses can I fill from a 2 litre bottle?", 6),
        ("How many 330 ml cans are in 2 litres?", 6),
        ("How many 454g jars I can fill from 30 kg of honey?", 66),
        ("How many 250 ml glasses can you fill from a 1.2 litre jug?", 4),
    ],
)
async def test_portions_a_whole_holds(request_text: str, result: int):
    assert (await solved(request_text))["result"] == result
