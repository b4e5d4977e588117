"""A daily amount asked by the week with the days worked said ('Whats that per week if I open 6 days'): the amount
over those days, never a week of seven assumed; more said of the week, or a week of more than 7 days, is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I sell 85 flat whites a day at £3.40 each. Whats that per week if I open 6 days", 1734),
        ("we sell 120 loaves a day at £2.80 each. what's that a week if we're open 6 days?", 2016),
        ("I make 40 sandwiches a day at £4.50 each, how much a week if I open 5 days?", 900),
        ("I drive 80 miles a day. How far per week if I work 5 days?", 400),
        ("I earn £120 a day, what is that a week if I work 4 days", 480),
        ("I sell 85 flat whites a day at £3.40 each. Whats that per week if I open 6 days a week?", 1734),
    ],
)
async def test_a_week_of_the_days_worked(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I sell 85 flat whites a day at £3.40 each. Whats that per week if I open 9 days",
        "I sell 85 flat whites a day at £3.40 each. Whats that per week if I open 6 days and close early Sunday",
        "I sell 85 flat whites a day at £3.40 each. Whats that per week if I open 5.5 days",
    ],
)
async def test_weeks_said_otherwise_are_declined(request_text: str):
    await refused(request_text)
