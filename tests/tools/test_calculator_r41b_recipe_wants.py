"""Paraphrases of a recipe scaled where the servings wanted are said as needed ('need 10 servings') or after a long
question ('How many grams of flour for 10?'), and near-misses that ask two ingredients, or scale twice."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("soup serves 6 uses 900ml stock, need 8 servings, how many ml stock", 1200),
        ("My stew for 4 uses 200 g of oats. We want 10 portions. How much oats?", 500),
        ("A recipe for 5 uses 250 g rice. How many grams of rice for 12?", 600),
        ("pancakes serve 3, use 180 ml milk. need 8 servings - how much milk?", 480),
    ],
)
async def test_a_recipe_scaled_to_the_servings_wanted(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "A recipe for 4 uses 300 g flour and 2 eggs. How much flour and eggs for 10?",
        "A recipe for 4 uses 300 g flour and 2 eggs. I need 10 servings. How much flour and eggs?",
        "soup serves 6 uses 900ml stock, need 8 servings and double it, how many ml stock",
        "My stew for 4 uses 200 g of oats. How much oats?",
        "A recipe for 5 uses 250 g rice and 100 g peas. How many grams of rice and peas for 12?",
    ],
)
async def test_a_recipe_asked_more_is_declined(request_text: str):
    await refused(request_text)
