"""What to put away each month or week for a goal when some is saved already ('I need $4,500 in 9 months and I
already have $1,200 saved'); another period asked, more saved than needed, or interest stays declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I need $4,500 for a trip in 9 months and I already have $1,200 saved. How much do I need to put away each "
         "month?", 3300 / 9),
        ("I want £2,000 for a car in 10 months and I've already saved £500. How much a month?", 150),
        ("the holiday costs £1,800 in 6 months and I already have £600 saved, how much do I need to save per month?",
         200),
        ("I need $900 in 12 weeks and already have $300 saved. How much each week?", 50),
        ("My goal is €1,000 in 5 months and I already have €250 saved. How much per month?", 150),
        ("I need £3,000 for a deposit in 12 months, I've already saved £600. How much do I need each month?", 200),
    ],
)  # fmt: skip
async def test_saving_the_rest_of_a_goal(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I need $4,500 in 9 months and I already have $1,200 saved. How much each week?",
        "I need $4,500 in 9 months and I already have $5,200 saved. How much each month?",
        "I need $4,500 in 9 months at 3% interest and I already have $1,200 saved. How much each month?",
    ],
)
async def test_goals_that_leave_a_guess_are_declined(request_text: str):
    await refused(request_text)
