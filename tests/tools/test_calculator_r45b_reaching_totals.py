"""Whole periods that reach a total at a steady amount each are rounded up (the last one is a part one), and a
knot written 'kts' or a mile called a 'statute mile' is read as the unit it names; near-misses that can, or must,
be read another way are declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I drive 45 km a day. How many whole days to do 1,000 km?", 23),
        ("How many whole days will it take me to walk 1,000 km at 45 km a day?", 23),
        ("At 45 km per day, how many whole days do I need for 1,000 km?", 23),
        ("The printer does 45 pages an hour. How many whole hours to print 1,000 pages?", 23),
        ("We lay 45 bricks a day. How many complete days to lay 1,000 bricks?", 23),
        ("A tank holds 1,000 litres and the pump moves 45 litres a minute. How many whole minutes to fill it?", 23),
        ("I read 45 pages a day. How many full days to finish 1,000 pages?", 23),
    ],
)
async def test_whole_periods_that_reach_a_total_round_up(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("How many full boxes can I fill with 100 eggs at 12 eggs a box?", 8),
        ("Eggs come 12 to a box. How many full boxes can I fill with 100 eggs?", 8),
        ("A tank holds 1,000 litres and we use 45 litres a day. How many whole days does it take to empty it?", 22),
        ("We have 1,000 kg of feed and use 45 kg a day. How many full days will it take to use it up?", 22),
    ],
)
async def test_what_can_be_filled_or_lasts_still_rounds_down(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "I pack 12 eggs a box. How many full boxes to fill from 100 eggs?",
        "I cycle 45 km a day. How many whole days to do 1,000 km, and how much food?",
        "I cycle 45 km a day. How many whole days to do 1,000 km or 2,000 km?",
        "I cycle 45 km a day. How many whole days to do 1,000 km with 2 rest days?",
    ],
)
async def test_an_open_or_second_reading_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("convert 120 kts to mph", 138.09),
        ("120 kts in mph?", 138.09),
        ("groundspeed 140 kts, how many km/h is that", 259.28),
        ("180 statute miles in nautical miles", 156.42),
        ("how many nautical miles is 180 statute miles", 156.42),
    ],
)
async def test_knots_and_statute_miles_by_their_short_names(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "convert 120 kts to mph, and 50 kts to km/h",
        "convert 120 kts to mph and add the 15 kt headwind",
        "180 statute miles in nautical miles, plus the 12 mile detour?",
    ],
)
async def test_a_second_conversion_or_a_change_is_declined(request_text: str):
    await refused(request_text)
