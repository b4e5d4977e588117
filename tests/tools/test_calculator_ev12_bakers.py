"""Baker's percentages, of the flour's weight (issue 9, tuning_everyday_12): '500g flour at 72% hydration, how much
water?' -> 360 g. Dough instead of flour, another ingredient asked, another unit or another number declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("500g flour at 72% hydration, how much water?", 360),
        ("1 kg of flour with 2% salt, how much salt?", 0.02),
        ("800 g flour, 65% hydration. How many grams of water?", 520),
        ("Sourdough with 450g flour at 80% hydration - how much water do I add?", 360),
    ],
)
async def test_an_ingredient_is_its_percentage_of_the_flour(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "1 kg of dough at 70% hydration, how much water?",  # of the dough, not the flour
        "500g flour at 72% hydration, how much salt?",
        "500g flour at 72% hydration, how much water for 2 loaves?",
        "500g flour at 72% hydration, how many ml of water?",
    ],
)
async def test_dough_another_ingredient_or_unit_declines(request_text: str):
    await refused(request_text)
