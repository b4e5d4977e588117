"""Money stories: earnings at a day rate with a share set aside, and a group's cost per head with shared costs."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_share_set_aside_of_day_rate_earnings():
    solution = await solved(
        "Day rate £450. I worked 17 days in Q1 and 21 days in Q2. I set aside 28% of what I earn for tax. How much "
        "should be set aside?"
    )
    assert solution["result"] == 4788


@pytest.mark.anyio
async def test_a_trip_in_total_and_per_child():
    solution = await solved(
        "School trip maths: museum entry is £6.50 per child for 42 children (adults go free) and the coach is £380. "
        "What is the total cost, and what does it work out at per child?"
    )
    assert solution["answer"] == "£653.00 in total; £15.55 per child"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Day rate £450. I worked 17 days in Q1 and 21 days in Q2. I set aside 28% of what I earn for tax. How much did "
        "I earn?",
        "School trip maths: museum entry is £6.50 per child for 42 children and adults pay £10 and the coach is £380. "
        "What is the total cost?",
    ],
)
async def test_money_stories_not_settled_are_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
