"""A recipe scaled when its amount is the dish's own ('My pasta recipe uses 350 g for four people. How much do I need
for ten?' is 875 g) or named before what it makes ('250g flour makes 12 cookies, I need 30 cookies. how much flour'
is 625 g); a second ingredient or a time still declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "amount"),
    [
        ("My risotto recipe uses 300 g for four people. How much do I need for six?", 450),
        ("the rice is 300 g for 4 people, how much for 6?", 450),
        ("Soup recipe: 1.5 litres for 6 people. How much for 4?", 1),
        ("pasta is 100 g for 1 person, how much do I need for 7?", 700),
        ("recipe says 250g flour makes 12 cookies, I need 30 cookies for the bake sale. how much flour", 625),
        ("200 g butter makes 16 brownies. I want 24 brownies, how much butter?", 300),
    ],
)
async def test_the_recipe_amount_scales_with_the_servings(request_text: str, amount: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(amount)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "My pasta recipe uses 350 g and 2 eggs for four people. How much do I need for ten?",
        "My pasta recipe uses 350 g for four people and cooks for 12 minutes. How much do I need for ten?",
        "250g flour makes 12 cookies and 100 g sugar makes 12 cookies. I need 30 cookies. how much?",
    ],
)
async def test_more_than_one_amount_to_scale_declines(request_text: str):
    await refused(request_text)
