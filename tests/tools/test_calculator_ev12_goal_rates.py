"""What is left of a goal, spread over the periods left (issue 9, tuning_everyday_12): 'Goal: 3,000 km this year.
I've done 1,840 km by end of August. How many km per month for the last 4 months?' -> 290. A goal already met, a
rate asked per another period or a fourth number declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Goal: 3,000 km this year. I've done 1,840 km by end of August. How many km per month for the last 4 "
         "months?", 290),
        ("I want to save £3,000 and I've saved £1,840. How much per month over the next 4 months?", 290),
        ("My target is 500 miles. I've run 320 miles. How many miles a week for the last 6 weeks?", 30),
        ("Aiming for 100 km of swimming this term; swum 64 km so far. How many km per week for the next 9 weeks?",
         4),
    ],
)  # fmt: skip
async def test_the_rest_of_a_goal_per_period_left(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Goal: 3,000 km. I've done 3,100 km. How many km per month for the last 4 months?",  # met already
        "Goal: 3,000 km. I've done 1,840 km. How many km per week for the last 4 months?",
        "Goal: 3,000 km. I've done 1,840 km and 200 km more. How many km per month for the last 4 months?",
    ],
)
async def test_a_met_goal_or_another_period_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
async def test_a_second_period_asked_declines():
    await refused("Goal: 3,000 km. I've done 1,840 km. How many km per month for the last 4 months, and per week?")
