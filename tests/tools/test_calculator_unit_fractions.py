"""A fraction written with a slash before a unit is one amount: '3/4 cup of sugar' doubled is 1.5 cups; spaced out
('3 / 4 cups') it stays a division, which has no meaning, and declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("double a recipe that needs 3/4 cup of sugar", 1.5),
        ("triple 3/4 cup of milk", 2.25),
        ("1/2 mile in km", 0.804672),
        ("3/4 cup + 1/2 cup", 1.25),
        ("what is 3/4 cup in ml", 177.441177),
        ("1 3/4 cups in ml", 414.029414),
    ],
)
async def test_a_slashed_fraction_before_a_unit_is_one_amount(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [("what is 3/4 of 120", 90), ("10/4", 2.5)],
)
async def test_a_fraction_before_no_unit_is_read_as_before(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize("request_text", ["3 / 4 cups", "3/0 cups in ml"])
async def test_a_spaced_division_or_a_zero_denominator_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("scaling up by 2.5 and the recipe says 3/4 cup of sugar. how many cups?", 1.875),
        ("multiply everything by 1.5: the recipe has 400 ml of stock. how much stock do I need?", 600),
        ("Scale by 2, recipe needs 150g butter. How much butter?", 300),
        ("scaled up by 4, the recipe uses 1/2 cup of milk. How many cups?", 2),
    ],
)
async def test_an_ingredient_scaled_by_a_factor(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "scaling down by 2 and the recipe says 3/4 cup of sugar. how many cups?",
        "scaling up by 2.5 and the recipe says 3/4 cup of sugar. how much flour?",
        "scaling up by 2.5 and doubling, the recipe says 3/4 cup of sugar. how many cups?",
    ],
)
async def test_scaling_down_another_ingredient_or_two_scalings_decline(request_text: str):
    await refused(request_text)
