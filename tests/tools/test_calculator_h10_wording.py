"""Wording the calculator declined in the tuning sets (issue 9): pence written on a number ('45p a mile'),
misspelt 'calculate', 'how many is' as a lead-in, containers named by what they hold ('cupcake boxes hold 6'), an
equation after a clause of context ('stuck on homework, 3x + 7 = 25'), and a speed 'hit' on a ride with '!!' after
it. Near misses still decline.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("45p a mile and I did 1,236 miles. how much?", 556.2),
        ("used 320 kWh at 24.5p per kWh. how much?", 78.4),
        (
            "electricity bill: used 320 kWh at 24.5p per kWh, plus a standing charge of 53p a day, 30 day bill. "
            "total in pounds?",
            94.3,
        ),
        ("I bought 4 loaves at 85p each. How much did I spend?", 3.4),
    ],
)
async def test_pence_written_on_a_number(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
async def test_a_letter_p_in_an_equation_is_still_a_variable():
    assert (await solved("solve 3p + 4 = 10"))["answer"] == "p = 2"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("caculate the averge of 12, 15 and 21", 16),
        ("calulate 15% of 80", 12),
        ("hw many is 30 persent of 90", 27),
        ("how many is 5 km in metres", 5000),
    ],
)
async def test_misspelt_and_loose_lead_ins(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("cupcake boxes hold 6. order is for 75 cupcakes. how many boxes", "13 boxes"),
        ("egg boxes hold 12. we have 100 eggs. how many boxes?", "9 boxes"),
        ("wine crates hold 6 bottles and we need 40 bottles. how many crates?", "7 crates"),
        ("the egg trays hold 30 and there are 95 eggs, how many trays do we need", "4 trays"),
    ],
)
async def test_containers_named_by_what_they_hold(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "egg boxes hold 6 eggs. order is for 75 cupcakes. how many boxes",
        "egg boxes hold 6 eggs. I have 75 cupcakes. how many boxes can I fill",
    ],
)
async def test_containers_holding_something_else_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("stuck on homework, 3x + 7 = 25, what is x", "x = 6"),
        ("my son's maths homework, 5y - 3 = 17, solve for y", "y = 4"),
        ("hit 28 mph on the descent!! what's that in km/h", "45.06 kilometers per hour"),
        ("hit 40 km/h on the flat. what's that in mph", "24.85 miles per hour"),
    ],
)
async def test_context_before_an_equation_and_a_speed_hit(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    ["stuck on homework, 3x + 7, what is x", "hit 28 mph and then 30 mph. what's that in km/h"],
)
async def test_near_misses_of_context_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("5k in 25 minutes 30 seconds, pace per km?", "5:06 minutes per kilometer"),
        ("10k in 52 minutes. what's my pace per km", "5:12 minutes per kilometer"),
        ("half marathon in 1 hour 58 minutes, average speed in km/h?", "10.73 kilometers per hour"),
        ("marathon in 4 hours, average speed in km/h?", "10.54875 kilometers per hour"),
    ],
)
async def test_a_race_opening_the_request_with_its_time(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
@pytest.mark.parametrize("request_text", ["5k in 3 months, how much per month?", "5k in 3 equal parts"])
async def test_a_k_before_a_span_that_is_no_race_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("party runs 2pm till 4:45pm and the entertainer charges £40 an hour. how much will that be?", "£110.00"),
        ("I worked from 9am to 5:30pm at £12 an hour. How much did I earn?", "£102.00"),
        ("the babysitter is here from 7pm to 11:30pm at $15 an hour. how much do I pay her?", "$67.50"),
        ("the DJ charges €60 an hour from 8pm to 1am. what will it cost?", "€300.00"),
    ],
)
async def test_a_span_of_clock_times_at_an_hourly_rate(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I worked from 9am to 5:30pm at £12 an hour with a 30 minute unpaid break. How much did I earn?",
        "party runs 2pm till 4:45pm and the entertainer charges £40 an hour plus £20 travel. how much will that be?",
        "party runs 2pm till 4:45pm and the entertainer charges £40. how much will that be?",
        "I worked from 9am to 5:30pm at £12 an hour with overtime after 5pm. How much did I earn?",
    ],
)
async def test_near_misses_of_clock_times_at_a_rate_decline(request_text: str):
    await refused(request_text)
