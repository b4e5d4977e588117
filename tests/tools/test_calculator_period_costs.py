"""An amount by one period asked by another, named by its adjective: 'the yearly rent for £925 a month', 'the monthly
cost of our $1,440-a-year software plan'; days (working or not) and months against weeks stay declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Work out the yearly rent for £925 a month", 11100),
        ("Figure out the monthly cost of our $1,440-a-year software plan", 120),
        ("the annual cost of a £12.99/month subscription", 155.88),
        ("what's the quarterly bill for £85 a month", 255),
        ("the fortnightly pay for £600 a week", 1200),
        ("the weekly cost of £2,080 a year", 40),
        ("Calculate the annual salary for $3,250 per month", 39000),
    ],
)
async def test_an_amount_is_asked_by_another_period(request_text: str, result: float):
    solution = await solved(request_text)
    assert solution["result"] == pytest.approx(result)
    assert solution["notes"]  # the calendar it counts by


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "the daily rate for £650 a week",  # by the working day or the day of the week?
        "the monthly cost of £20 a week",  # months against weeks vary
        "the monthly cost of £1,440 a year split between 3",
        "the yearly rent for £925 a month plus £50 fees",
        "the monthly rent for £925 a month",
        "the yearly rent for 925 a month",  # no currency: a count a month?
    ],
)
async def test_periods_that_need_a_convention_are_declined(request_text: str):
    await refused(request_text)
