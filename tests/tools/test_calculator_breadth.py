"""Everyday requests from people the calculator was not tuned on — a student's geometry and grades, a cook's oven
and spoons, a traveller's kilometres, a runner's pace, misspelt arithmetic — with answers worked out apart from
the calculator; and requests it must decline because a length, a rate or live data is missing, or because a
length could be read two ways.

Each goes through a real MCP client session against the calculator's tool server (its ``solve`` entry point).
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import error_text
from tests.tools.test_calculator_users_requests import solve

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "answer", "result"),
    [
        # a student's geometry
        ("a rectangle is 12 m by 7.5 m, what's its area", "90 square meters", 90),
        ("perimeter of a rectangle 14cm long and 9cm wide", "46 centimeters", 46),
        ("area of a circle with radius 6 cm", "113.097335529 square centimeters", 113.097335529),
        ("circumference of a circle whose diameter is 10 inches", "31.4159265359 inches", 31.4159265359),
        ("triangle with base 8 and height 5, area?", "20", 20),
        ("volume of a cylinder radius 3 cm height 10 cm", "282.743338823 cubic centimeters", 282.743338823),
        ("right triangle, legs 9 and 12. how long is the hypotenuse", "15", 15),
        ("hypotenuse when the other two sides are 5 and 12", "13", 13),
        ("volume of a box 30cm x 20cm x 15cm", "9000 cubic centimeters", 9000),
        ("area of a square with 7.5 ft sides", "56.25 square feet", 56.25),
        ("the radius of a circle is 2.5 m. find its area", "19.6349540849 square meters", 19.6349540849),
        ("area of a rectangle 2 m by 50 cm", "1 square meter", 1),
        ("fence around a 20m by 15m garden, how many metres of fencing", "70 meters", 70),
        # grades
        ("my grades this term are 78, 85, 92 and 88 - what's my average", "85.75", 85.75),
        # pay
        ("my salary is 48000 and I'm getting a 3.5% raise, what's the new salary", "49680", 49680),
        ("got a raise from 3200 to 3400 a month, what percentage is that", "6.25% increase", 6.25),
        # counted at a rate
        ("i burn 11 calories a minute cycling, how many in 45 minutes", "495 calories", 495),
        ("10 pages a week for a year", "520 pages", 520),
        # a cook
        ("oven says 180 celsius, what's that in fahrenheit", "356 °F", 356),
        ("bake at 350F, what is it in C", "176.67 °C", 176.666666667),
        ("how many teaspoons are in 2 tablespoons", "6 teaspoons", 6),
        ("a recipe needs 300 g of pasta for 4 people, how much pasta for 6 people", "450 grams", 450),
        # a traveller and a runner
        ("we're doing 110 km/h and have 330 km left, how many hours until we arrive", "3 hours", 3),
        ("a 3 hour flight at 800 km/h covers how many km", "2400 kilometers", 2400),
        ("ran 10 km in 52 minutes, what's my pace per km", "5:12 minutes per kilometer", 5.2),
        ("ran 10 km in 52 minutes, pace per mile", "8:22 minutes per mile", 8.3685888),
        # arithmetic in words, and misspelt
        ("halve 3.7", "1.85", 1.85),
        ("whats 15 tims 12", "180", 180),
        ("324 devided by 4", "81", 81),
        ("98 minus 45 pluss 12", "65", 65),
        ("three fifths of 85", "51", 51),
        ("difference between 1000 and 387", "613", 613),
        ("twelve times twelve divided by three", "48", 48),
    ],
)  # fmt: skip
async def test_everyday_requests_are_answered_exactly(request_text: str, answer: str, result: float):
    reply = await solve(request_text)
    assert not reply.is_error, error_text(reply)
    data = reply.structured_content
    assert data["answer"] == answer
    assert data["result"] == pytest.approx(result, abs=1e-6)


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("leaving at 9:30 and the drive takes 2 hours 45 minutes, when do we arrive", "12:15"),
        ("the train leaves at 7:45 am and the trip is 3 h 20 min, what time do i get in", "11:05 am"),
        ("leaving at 11 pm, the flight takes 9 hours, when do we land", "8:00 am the next day"),
        ("9:30 plus 2 hours 45 minutes", "12:15"),
        ("it's 14:00 in UTC+1, what time is it in UTC-5", "8:00"),
        ("what time is it in UTC-5 when it's 14:00 in UTC+1", "8:00"),
        ("1:30 am UTC+2 in UTC-3", "8:30 pm the day before"),
    ],
)
async def test_a_time_moved_by_a_trip_or_a_time_zone(request_text: str, answer: str):
    reply = await solve(request_text)
    assert not reply.is_error, error_text(reply)
    assert reply.structured_content["answer"] == answer


@pytest.mark.parametrize(
    ("request_text", "reason"),
    [
        ("what's the area of a circle", "radius or its diameter"),
        ("area of a circle 6 cm", "radius or its diameter"),  # which is 6 cm?
        ("volume of a cylinder with radius 4", "radius (or diameter) and height"),
        ("area of a 4 by 5 triangle", "base and height"),  # which side is the base?
        ("volume of a box 2 by 3", "length, width and height"),
        ("perimeter of a triangle with sides 1, 2 and 8", "cannot make a triangle"),
        ("area of a rectangle 0 m by 5 m", "more than zero"),
    ],
)
async def test_a_figure_missing_a_length_is_asked_about(request_text: str, reason: str):
    assert reason in error_text(await solve(request_text))


@pytest.mark.parametrize(
    "request_text",
    [
        "how much paint do I need for my bedroom",
        "convert 100 dollars to euros",
        "what's my monthly payment on a 20000 loan",
        "what time is it in Tokyo when it's noon in London",
        "it's 14:00 in UTC+1, what time is it in Tokyo",  # a named zone needs daylight-saving rules
        "the meeting is at 3 pm and it takes 30 minutes, when do we get there",  # the meeting is not a departure
        "double it",
        "3 cups of flour in grams",  # a cup of flour weighs what it is packed to
        "how many tiles for my kitchen floor, tiles are 30cm",
        "what's my pace if I ran a 10k",
        "buy 2 get 1 free, how much do I save",
        "how many calories do I burn running 5 km",
        "what's 1 billion in pounds",  # money or weight?
        "my salary is 48000 and I'm getting a raise, what's the new salary",
        "10 pages an hour for 3 days",  # a day of reading is not 24 hours
        "300 g of pasta for 4 people, how much rice for 6 people",
        "my salary is 48000 after a 3.5% raise, what was it before",
    ],
)
async def test_what_everyday_users_leave_open_is_declined(request_text: str):
    reply = await solve(request_text)
    assert "I can't work out" in error_text(reply)
