"""Unit conversions told inside a story (tuning_heldout_14): the one quantity given, the one unit asked for, and
the rest of the words about who asks and why. A story that does anything else to the quantity is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result", "unit"),
    [
        ("Patient's temp is 38.7 °C, the doctor wants it in Fahrenheit. What is it?", 101.66, "°F"),
        ("Signed up for a half marathon, 13.1 miles. How many km is that?", 21.0824064, "kilometers"),
        ("Our baby was 3.4 kg at birth, my dad wants to know what that is in pounds", 7.4957169, "pounds"),
        ("how many ounces is 250 grams?", 8.8184905, "ounces"),
        ("the recipe wants 180C, what's that in fahrenheit", 356, "°F"),
        ("my nan's oven only goes to 350 F, can you turn that into celsius for me", 176.6666667, "°C"),
        ("just bought a 55 inch telly, how many cm is that across", 139.7, "centimeters"),
        ("quick one - the suitcase limit is 23 kg, how many lbs is that", 50.7063203, "pounds"),
        ("for my homework: a field is 400 yards long, what is it in metres", 365.76, "meters"),
        ("my cake tin is 9 inches, whats that in cm pls", 22.86, "centimeters"),
        ("the bottle holds 2 litres, how many ml is that?", 2000, "milliliters"),
        ("the box weighs 12 lb, what's that in kilos, roughly", 5.4431084, "kilograms"),
        ("Convert a marathon, 26.2 miles, into kilometres", 42.1648128, "kilometers"),
        ("can you convert my height, 180 cm, into feet", 5.9055118, "feet"),
        ("the speed limit over there is 100 km/h, what's that in mph", 62.1371192, "miles per hour"),
    ],
)
async def test_a_conversion_told_in_a_story_is_answered(request_text: str, result: float, unit: str):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result, rel=1e-6)
    assert answer["unit"] == unit


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Our baby was 3.4 kg at birth and has gained 500 g, what is she in pounds",  # two quantities
        "I ran half of 13.1 miles, how many km",  # half of it first
        "the baby was 3.4 kg at birth and lost 5% in the first week, what's that in pounds",
        "she is 3.4 kg and her brother is twice that, how many pounds is he",
        "the sign said 60 mph, my car shows km/h, what would that be",  # the unit named outside the question
        "my 10 kg suitcase, how many km is that",  # another kind of unit
        "I weigh 80 kg, my target is in stone, what's my target",  # the unit is the target's
        "it's 30 °C today, what was it yesterday in Fahrenheit",  # another day's
        "the recipe says 180C fan, what's that in fahrenheit for a conventional oven",
        "my jug is in ml and the bottle holds 2 litres, how many is that?",
    ],
)
async def test_a_story_that_changes_the_quantity_is_declined(request_text: str):
    await refused(request_text)
