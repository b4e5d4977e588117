"""A recipe that makes a count of something, scaled to the count needed (issue 9, tuning_everyday_12): 'recipe
makes 12 scones with 225g flour. I need 30 scones, how much flour?' -> 562.5 g. A count of something else, or a
question of an ingredient not given, declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("recipe makes 12 scones with 225g flour. I need 30 scones, how much flour?", 562.5),
        ("This recipe makes 20 biscuits and uses 150 g butter. We need 50 biscuits. How much butter?", 375),
        ("My flapjack recipe makes 16 bars from 300 g oats. I want 24 bars. How many grams of oats?", 450),
        ("recipe makes 12 rolls with 500 g flour and 2 eggs. I need 18 rolls, how much flour?", 750),
    ],
)
async def test_a_recipe_is_scaled_to_the_count_of_what_it_makes(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "recipe makes 12 scones with 225g flour. I need 30 rolls, how much flour?",  # another thing
        "recipe makes 12 scones with 225g flour. I need 30 scones, how many eggs?",  # no eggs given
        "recipe makes 12 scones with 225g flour. I need 30 scones and 10 more, how much flour?",
    ],
)
async def test_a_count_of_another_thing_or_an_ingredient_not_given_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
async def test_another_count_beside_the_scones_needed_declines():
    await refused("recipe makes 12 scones with 225g flour. I need 30 scones and 10 muffins, how much flour?")
