"""Conversions told in a story: a closing 'to 1 decimal', a thing named by a capitalised word and its number
('Lift 6', 'Pump 3'), and bare degrees asked in one scale (which are of the other); near-misses decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Patient is training for a half marathon, 21.1 km. How many miles is that, to 1 decimal?", 13.1),
        ("my longest run was 32.5 km. how many miles is that? 1 decimal", 20.2),
        ("I did 682 km in 8.5 hours of driving. Average speed km/h, 1 decimal?", 80.2),
        ("Vertical rise on Lift 6 is 1,640 feet. How many meters is that?", 499.87),
        ("The drop on Run 4 is 320 metres - how many feet is that?", 1049.87),
        ("Our well on Plot 12 goes down 60 feet. What's that in metres?", 18.29),
        ("Hit 43 degrees here today. What's that in Fahrenheit? My cousin in the States won't believe me.", 109.4),
        ("It's 38 degrees here lol, my mate in Texas wants it in Fahrenheit. What's that in F?", 100.4),
        ("Yank recipe says 350 degrees. What is that in Celsius?", 176.67),
        ("my mate in the US doesnt believe its 38 degrees here today lol. whats 38C in F", 100.4),
    ],
)
async def test_a_conversion_told_in_a_story_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "It was 20 degrees yesterday and 25 degrees today. What's that in Fahrenheit?",
        "Hit 43 degrees here today. What's that in Kelvin?",
        "Tank 2 holds 300 litres and Tank 3 holds 250 litres. How many gallons is that?",
        "They cut Lift 6 by 40 feet to 1,600 feet. How many meters is that?",
        "The run is 21.1 km and I did it twice. How many miles is that, to 1 decimal?",
        "I walked 3 miles there and back. what's the distance in km?",
        "Did the 5 mile loop there and back this morning. What's that in km?",
    ],
)
async def test_a_second_measure_or_a_change_is_declined(request_text: str):
    await refused(request_text)
