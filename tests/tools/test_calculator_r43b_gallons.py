"""A gallon (or pint, or quart) of a real thing asked in litres: answered only when something says whose gallon it
is; a bare conversion keeps the US gallon the calculator states."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "old boiler manual says the expansion vessel holds 2 gallons, how many litres is that?",
        "The header tank in the loft takes 25 gallons. What's that in litres?",
        "How many litres would my grandad's 40 gallon water butt hold?",
        "spec sheet: cylinder capacity 30 gallons. litres?",
        "Our old milk churn held 10 gallons - what is that in litres please",
        "the recipe card says 4 pints of stock, how many millilitres is that?",
    ],
)
async def test_a_gallon_of_a_thing_with_no_country_is_declined(request_text: str):
    assert "US" in await refused(request_text) or "UK" in await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The header tank in the loft takes 25 imperial gallons. What's that in litres?", 113.65),
        ("old boiler manual from the States says the expansion vessel holds 2 gallons, how many litres is that?", 7.57),
        ("The fish tank I brought over from America holds 20 gallons, how many litres is that?", 75.71),
        ("the tank holds 12 US gallons, how many litres", 45.42),
        ("the water heater holds 40 gallons, how many liters is that?", 151.42),
        ("2.5 gallons to litres?", 9.46),
        ("how many litres is 5 gallons", 18.93),
    ],
)
async def test_a_gallon_whose_country_is_said_or_a_bare_conversion_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Got a 5 gallon water butt; how many litres does that hold?",
        "The old tank is 40 gallons, says the spec sheet. How many litres would that be?",
    ],
)
async def test_a_thing_sized_in_gallons_of_no_country_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The tap drips 3 litres an hour. How many pints is that?", 6.34),
        ("About 150 litres a day, how many gallons is that?", 39.63),
    ],
)
async def test_a_unit_asked_is_the_users_own(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)
