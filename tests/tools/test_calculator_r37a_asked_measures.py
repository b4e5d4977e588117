"""Paraphrases of 'how much' asked of stuff measured in one unit, and near-misses with money, two units or another
stuff asked."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Each show uses 1.6 litres of fog fluid. How much fluid do we need for 22 shows?", 35.2),
        ("Each show uses 1.6 litres of fog fluid. How much do we need for 22 shows?", 35.2),
        ("Each guest eats 250 g of cake. How much cake for 40 guests?", 10000),
        ("Each guest eats 250 g. How much for 40 guests?", 10000),
        ("1.6 litres per show. How much for 22 shows?", 35.2),
        ("We use 1.6 litres per show. How much for 22 shows?", 35.2),
    ],
)
async def test_how_much_of_one_measured_stuff(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Each show uses 1.6 litres of fluid and 2 kg of confetti. How much do we need for 22 shows?",
        "Each show uses 1.6 litres of fluid at £3 a litre. How much for 22 shows?",
        "Each show uses 1.6 litres of fluid. How much glitter for 22 shows?",
        "The recipe serves 4 and needs 300 g flour and 2 eggs. How much for 6?",
    ],
)
async def test_money_two_units_or_another_stuff_are_declined(request_text: str):
    await refused(request_text)
