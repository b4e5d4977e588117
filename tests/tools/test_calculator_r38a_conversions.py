"""Paraphrases of a conversion asked of the one measure a story tells ('what's that in kg', 'how many cm is that',
a question whole in itself), and near-misses with a second measure, a change to the sum or a second question."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Our Canadian customer quoted the crate at 1,800 lb. What's that in kg? Forklift is rated in kilos", 816.47),
        ("Grandad reckons the old well is about 60 feet deep. What's that in metres, roughly?", 18.29),
        ("Patient on bed 4 weighs 11 stone according to his notes. What is that in kg please", 69.85),
        ("My aunt in Ohio says bake at 350°F, my oven is in Celsius. What is that in °C?", 176.67),
        ("Doing the school trip risk assessment. The climbing wall is 12 metres high. How many feet is it?", 39.37),
        ("Our floor is 800 square metres, the lease talks in square feet. How many square feet is it?", 8611.13),
        ("Farmer next door told me the field is 12 acres. What is that in hectares? Need it for the grant form", 4.856),
        ("The old tank is 40 US gallons, says the spec sheet. How many litres would that be?", 151.42),
        ("Boxer weighed in at 147 lb this morning and his coach wants it in kilos. What's that in kg?", 66.68),
        ("Her bag is 23 kg and the limit is 50 lb. What's 23 kg in lb?", 50.71),
        ("Driver on car 22 did 312 km on his shift. What's that in miles?", 193.87),
        ("Cruising at 37,000 feet and the boy in 3A wants to know what that is in metres. Can you?", 11277.6),
        ("Lady in 14C asked how hot it is and the captain said 104 degrees Fahrenheit. What's that in Celsius?", 40),
        ("The run of 15mm copper to the cupboard is 38 feet, old boy measured it. How many metres is that?", 11.58),
        ("How many litres is 120 UK gallons? The new tank spec is in gallons and the pumps read litres.", 545.53),
        ("The bride sent her measurements in feet. The arch needs to be 7 feet wide. How many cm is that?", 213.36),
        ("Picture round: the Statue is 93 metres. Always one bloke who wants feet. What's 93 m in feet?", 305.12),
    ],
)
async def test_a_conversion_told_in_a_story(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "The crate is 1,800 lb and the pallet adds 40 lb. What's that in kg?",
        "I have two boxes at 20 kg each. What's that in lb?",
        "The plank is 12 feet and I need to cut off 2 feet. How many metres is that?",
        "The fence is 30 feet and the gate is 4 feet. How many metres is that?",
        "It weighs 5 kg. What's that in pounds and ounces? Also how much is the postage?",
        "The boat is 42 feet long and costs £95 a metre to moor. How many metres is that?",
        "Round it to the nearest metre: the well is 60 feet deep. What's that in metres?",
        "The room is 12 feet by 10 feet. How many metres is that?",
        "The parcel weighs 3 kg plus the box. What's that in lb?",
        "The tank holds 40 gallons and I use 5 a day. How many litres is that?",
        "Mum only understands Fahrenheit, his temp is 38.6°C. What is that in Kelvin?",
        "My suitcase weighs 50 lb, the airline limit is 23 kilos. How many kg is that?",
        "Row 7 asked what 30,000 ft is in metres and what 20,000 ft is. What's that in metres?",
    ],
)
async def test_a_second_measure_or_a_change_is_declined(request_text: str):
    await refused(request_text)
