"""A temperature given on one scale with the other scale named ("Recipe says bake at 350 F but my oven is in
celsius") is a conversion to work out, whatever else the sentence says (a recipe, a label, a forecast)."""

import pytest

from patterns import RankingDecider
from patterns.measures import converts_units
from tests.patterns.test_planning_h14 import routed
from tests.tools.conftest import cpu_time


@pytest.mark.parametrize(
    "request_text",
    [
        "Recipe says bake at 350 F but my oven is in celsius, what should I set it to?",
        "The pattern says wash at 40C, what's that in fahrenheit?",
        "My thermometer shows 101.3 F - what is that in Celsius?",
        "The label says store below 77°F. What's that in Celsius for my fridge?",
        "US recipe: 425 fahrenheit. My fan oven only does celsius, what do I set?",
        "Baby's bath should be 37 C, my old thermometer is in Fahrenheit, what number am I looking for?",
    ],
)
def test_a_temperature_and_the_other_scale_is_a_conversion(decider: RankingDecider, request_text: str) -> None:
    assert converts_units(request_text)
    assert routed(decider, request_text) == "calculator"


@pytest.mark.parametrize(
    "request_text",
    [
        "The book says to heat the sugar to 115 C; my thermometer reads celsius too.",
        "Is it true that water boils at 100 C at sea level?",
        "Write a note saying the pool is heated to 28 C.",
        "Bake at 180 C for 20 minutes, says the recipe.",
    ],
)
def test_a_temperature_on_one_scale_alone_is_no_conversion(request_text: str) -> None:
    assert not converts_units(request_text)


@pytest.mark.parametrize("body", ["7" * 4000, "1," * 2000 + " F in celsius", "350 " * 1000 + "F"])
def test_a_long_run_of_digits_is_read_in_linear_time(body: str) -> None:
    with cpu_time() as spent:
        converts_units(body)
    assert spent.seconds < 0.5
