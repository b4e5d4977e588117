"""A converted measure is shown to a sensible precision ('5 US gallons' is '18.93 liters', not '18.92705892
liters'): four significant figures, at least two decimals and never fewer than the amount given had; the result and
the unrounded value stay exact. Places asked by the request still round the exact value.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "shown", "result"),
    [
        ("How many litres is 5 US gallons?", "18.93 liters", 18.92705892),
        ("convert 5 gallons to litres", "18.93 liters", 18.92705892),
        ("what's 26.2 miles in km", "42.16 kilometers", 42.1648128),
        ("what is 72 F in celsius?", "22.22 °C", 22.22222222),
        ("3.5 kg in pounds please", "7.716 pounds", 7.716179176),
        ("100 km in miles?", "62.14 miles", 62.13711922),
        ("how many metres is 12,000 feet", "3657.6 meters", 3657.6),
        (
            "The landscaper says we need 1,500 sq ft of turf. How many square metres is that?",
            "139.35 square meters",
            139.35456,
        ),
        ("2.125 miles in km", "3.42 kilometers", 3.419856),
        ("Our baby was 3.4 kg at birth, my dad wants to know what that is in pounds", "7.496 pounds", 7.495716914),
    ],
)
async def test_a_conversion_is_shown_to_sensible_figures(request_text: str, shown: str, result: float):
    answer = await solved(request_text)
    assert answer["answer"] == shown
    assert answer["result"] == pytest.approx(result, abs=1e-6)
    assert answer["problem"] == "unit conversion"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "shown"),
    [
        ("5 km in metres", "5000 meters"),
        ("6 inches in cm", "15.24 centimeters"),
        ("convert 2.54321 cm to mm", "25.4321 millimeters"),
    ],
)
async def test_a_conversion_with_few_digits_is_shown_whole(request_text: str, shown: str):
    answer = await solved(request_text)
    assert answer["answer"] == shown
    assert answer.get("exact") is None


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "shown"),
    [
        ("how many km is 26.2 miles, to 1 decimal place", "42.2 kilometers"),
        ("5 US gallons in litres to 3 dp", "18.927 liters"),
        ("100 km in miles, to the nearest whole number", "62 miles"),
        ("6 feet in metres to 4 decimal places", "1.8288 meters"),
    ],
)
async def test_places_asked_round_the_exact_value(request_text: str, shown: str):
    answer = await solved(request_text)
    assert answer["answer"] == shown


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "convert 50 dollars to euros",
        "how many kilograms is 5 gallons",
    ],
)
async def test_a_conversion_that_cannot_be_made_still_declines(request_text: str):
    await refused(request_text)
