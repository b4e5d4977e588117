"""Whole packs for an amount needed when the pack's size is said with 'have' or 'has', the count is asked of what
is given to someone, and talk after the question says only whole packs are sold ('No half tins.'); near-misses
where the talk says more, or the count may be of full packs, are declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I need 54 rashers and packs have 8 rashers. How many packs do I need?", 7),
        ("Each tin has 2 kg. Customer wants 15 kg, how many tins do I give her?", 8),
        ("A tin holds 2 kg. The customer wants 15 kg. How many tins must I give him? No half tins.", 8),
        (
            "Sweets come in boxes of 12. I need 510 sweets. How many boxes must I order? Can't order half box.",
            43,
        ),
        ("Cartons have 6 eggs. I need 40 eggs. How many cartons do I buy? They don't sell half cartons.", 7),
    ],
)
async def test_whole_packs_for_what_is_needed(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "A tin holds 2 kg. The customer has 15 kg. How many tins? No half tins.",
        "Cartons have 6 eggs. I need 40 eggs. How many cartons do I buy? Half cartons are 2 for 1.",
        "Cartons have 6 eggs. I need 40 eggs. How many cartons do I buy? Half of them are broken.",
        "Cartons have 6 eggs. I need 40 eggs plus 4 spare. How many cartons do I need?",
        "Cartons have 6 eggs. I have 40 eggs. How many cartons?",
    ],
)
async def test_packs_with_more_said_or_open_are_declined(request_text: str):
    await refused(request_text)
