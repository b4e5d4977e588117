"""A conversion followed by talk that names its unit again as what a thing is measured in, and a count of
containers that does not come out whole; near-misses where the talk names another unit, a system of the unit or an
amount, or where the count must be rounded one way or the other, are declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("How many litres are 12 US gallons? An American friend describes his camper tank in gallons.", 45.42),
        ("What is 26.2 miles in km? My running club only talks in miles.", 42.16),
        ("How many kg is 150 lb? The gym scale back home is in pounds.", 68.04),
        ("Convert 30 cm to inches please. The frame shop quotes everything in inches.", 11.81),
    ],
)
async def test_talk_that_restates_the_unit_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "cooler box holds 60 litres. how many gallons is that? customer asking so UK gallons",
        "How many litres are 12 gallons? He means imperial gallons.",
        "How many litres are 12 gallons? He means US gallons.",
        "What's 5 km in miles? He also wants it in metres.",
        "How many litres is 12 US gallons? Minus the litre I spilled.",
        "What is 26.2 miles in km? My club also logs it in 3 laps.",
    ],
)
async def test_talk_that_names_another_unit_or_amount_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "One bag holds 25 kg. How many bags for 110 kg?",
        "1 tin holds 2 kg. How many tins for 15 kg?",
        "A sack takes 40 litres of compost. How many sacks is 100 litres?",
    ],
)
async def test_a_count_of_containers_that_is_not_whole_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("One bag holds 25 kg. How many bags for 100 kg?", 4),
        ("A car does 40 miles per gallon. How many gallons for 150 miles?", 3.75),
        ("silage came in at 23.5 tons per acre on the 85 acres. how many tons total", 1997.5),
    ],
)
async def test_whole_counts_and_measures_are_still_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("our robot wheels are 6 inch diameter. how far does it roll in 10 full rotations? in inches pls", 188.5),
        ("The wheel diameter is 6 inches. How far does it travel in 10 revolutions, in metres?", 4.79),
        ("The bike wheel has a radius of 35 cm. What distance does it cover in 100 turns?", 21991.15),
        ("How many metres does a 70 cm diameter wheel roll in 500 revolutions?", 1099.56),
    ],
)
async def test_the_distance_a_wheel_rolls(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "A wheel has a 6 inch diameter. How far does it roll in 10 rotations per minute?",
        "A wheel has a 6 inch diameter and a 3 inch radius. How far in 10 rotations?",
        "A wheel has a 6 inch diameter. How far do 2 wheels roll in 10 rotations?",
        "A wheel has a 6 inch diameter. How long does it take to roll 10 rotations?",
        "A wheel has a 6 inch diameter. How far does it roll in 10 rotations if it slips?",
        "A wheel has a 6 inch diameter. How many rotations to roll 100 inches?",
    ],
)
async def test_a_wheel_with_more_to_it_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("burning 9.5 gph, leg is 2 hr 40 min. how many gallons", 25.33),
        ("pump delivers 300 gph. how many gallons in 45 minutes?", 225),
    ],
)
async def test_gallons_an_hour_written_gph(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


async def test_gph_with_a_second_question_is_declined():
    await refused("burning 9.5 gph, leg is 2 hr 40 min. how many gallons and what does it cost")


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "A train covers 623 km in 4 hours and 10 minutes. What is its average speed? Please give it in km/h.",
            149.52,
        ),
        ("A courier drives 300 km in 4 hours. What's her average speed? Give it in km per hour.", 75),
        ("A car covers 300 km in 4 hours. What is its average speed? I need it in m/s.", 20.83),
    ],
)
async def test_a_rate_wanted_in_a_later_sentence(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "What is the average speed of a car that covers 300 km in 4 hours? Give it in km.",
        "What is the average speed of a car that covers 300 km in 4 hours? Give it in km per litre.",
    ],
)
async def test_a_later_sentence_wanting_another_kind_of_unit_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "How many kg is 150 lb? Then take off a kilo.",
        "How many kg is 150 lb? Then add a kilo.",
        "Convert 5 gallons to litres. Subtract the bit I spilled.",
    ],
)
async def test_a_further_step_after_the_question_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("How many kg is 150 lb? My scale is in kg.", 68.04),
        ("What is 5 miles in km? Then double it.", 16.09),
        ("Dose is 7.5 mg/kg and she weighs 64 kg. What's the dose in mg? Just want to double check it.", 480),
    ],
)
async def test_a_later_sentence_with_no_step_keeps_the_answer(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)
