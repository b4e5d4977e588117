"""A recipe scaled where the servings wanted are turned to with 'but' ('Recipe for 4 people needs 300g of flour but
I'm cooking for 10. How much flour do I need?' -> 750 g; it was declined). A 'but' that brings in anything else (an
ingredient missing, another amount, a count of something else) still declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Recipe for 4 people needs 300g of flour but I'm cooking for 10. How much flour do I need?", 750),
        ("My soup recipe serves 6 and uses 900 ml of stock, but we're feeding 8. How much stock?", 1200),
        ("A cake for 8 needs 250g of butter but I'm making it for 12. How much butter do I need?", 375),
        ("A curry for 4 uses 500g of chicken, but we're having 6 over. How much chicken?", 750),
        ("Pancake batter for 2 needs 100 ml of milk but I'm cooking for 5. How much milk?", 250),
    ],
)
async def test_servings_wanted_after_but_scale_the_recipe(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result)
    assert "scales" in " ".join(answer["notes"])


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Recipe for 4 people needs 300g of flour but I'm out of eggs and cooking for 10. How much flour do I need?",
        "Recipe for 4 people needs 300g of flour but only 200g of sugar, cooking for 10. How much flour do I need?",
        "Recipe for 4 people needs 300g of flour but I've got 10. How much flour do I need?",
    ],
)
async def test_a_but_that_brings_in_anything_else_declines(request_text: str):
    await refused(request_text)
