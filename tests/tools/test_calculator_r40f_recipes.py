"""A recipe scaled when what it makes is said tersely ('recipe 4 ppl', 'brownie recipe 16 pieces'), wanted 'to
make' or 'on order', the amount left unnamed for the question to name, or a unit asked by its symbol ('how many g
of apples'); near-misses with two ingredients, another ingredient asked, a missing count or a second question."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Our flapjack recipe makes 8 bars from 300 g oats. I need to make 20 bars, how many g of oats?", 750),
        (
            "For the fete: lemonade recipe serves 6 with 90 ml of cordial, need it for 30 people, how many ml cordial",
            450,
        ),
        ("How much butter do I need for 12 people if the recipe for 8 uses 200 g?", 300),
        ("pancake recipe 4 ppl 150g flour, need for 10, how much flour", 375),
        ("The bread recipe makes 3 loaves with 1200 g flour but we need 5 loaves. How much flour's that?", 2000),
        ("shortbread recipe 24 pieces uses 250g butter, want 60 pieces how much butter", 625),
        (
            "Night shift. Our bap recipe makes 24 baps from 750 g of flour. Got an order for 60 baps, how much flour?",
            1875,
        ),
        ("My nan's scone recipe makes 12 and needs 250 g of flour. I want to make 30. How much flour?", 625),
    ],
)
async def test_a_recipe_said_tersely_is_scaled(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "my chutney recipe makes 6 jars from 900g apples and 300 g sugar. want to make 15 jars, how many g?",
        "How much flour do I need if the recipe for 4 uses 300 g?",
        "tiramisu recipe serves 8 and uses 250g mascarpone, need it for 56 guests - how many g sugar",
        "choc brownies recipe 16 pieces uses 200g choc, want 40 pieces how much choc and how long to bake",
        "brioche recipe makes 2 loaves with 500 g flour but we need 7 rolls, how much flour",
        "How much flour do I need for 10 people if the recipe for 4 uses 300 g sugar?",
        "recipe 4 ppl 2 eggs, need for 14 and 3 more tomorrow, how many eggs",
    ],
)
async def test_a_recipe_near_miss_is_declined(request_text: str):
    await refused(request_text)
