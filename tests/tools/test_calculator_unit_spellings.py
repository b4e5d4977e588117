"""Units as people type them. Square and cubic units written with their power as a plain figure ('18.5 m2', '9.6
m3', 'cm3'), without a superscript: an area or a volume, never a length beside a second number ('18.5 m2 in square
feet' was once 18.5 m × 2); a room measured in three lengths is a box. And a rate said with 'on every', 'in each'
or 'for each' ('420 trees on every hectare') is a rate per that thing."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("18.5 m2 in square feet", 199.13),
        ("how many sq ft is a 42m2 flat", 452.08),
        ("Our balcony is 6 m2. What is that in square feet?", 64.58),
        ("Room is 9.6 m3, how many litres?", 9600),
        ("a water tank of 2.5 m3, how many litres is that", 2500),
        ("what is 750 cm3 in ml", 750),
        ("how many litres in 12 ft3", 339.8),
        ("Sauna room 2.4 m x 2.1 m x 2.2 m high. Volume in m3?", 11.088),
        ("volume of a room 4 m by 3.5 m by 2.5 m high", 35),
        ("a tank 2 m x 1 m x 50 cm, volume in m3?", 1),
        ("box 20 cm x 10 cm x 5 cm, volume in cm3", 1000),
        ("room 8 ft by 10 ft, area in m2?", 7.43),
    ],
)
async def test_a_power_written_as_a_figure_is_an_area_or_a_volume(request_text: str, expected: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(expected, abs=0.01)


@pytest.mark.anyio
async def test_a_room_without_its_height_has_no_volume():
    await refused("volume of a room 4 m by 3 m")


@pytest.mark.anyio
async def test_a_road_named_with_a_figure_is_not_a_square_unit():
    answer = await solved("take the M2 for 40 km at 80 km/h, how long in hours")
    assert answer["result"] == pytest.approx(0.5)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("6.5 hectares with 420 trees on every hectare. How many trees?", 2730),
        ("we have 30 crates and 18 kg of apples in each crate, how many kg of apples", 540),
        ("The hall charges £5 for each guest and we expect 40 guests. What is the total?", 200),
        ("12 acres, 85 bales on every acre, how many bales", 1020),
    ],
)
async def test_a_rate_said_with_every_or_each_is_per_that_thing(request_text: str, expected: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(expected)


@pytest.mark.anyio
async def test_each_one_is_not_a_thing_to_be_per():
    await refused("12 eggs in each one and 30 boxes on the shelf, how many eggs in the shop")
