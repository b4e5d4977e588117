"""Pay with overtime past a threshold the week never reaches ('I make $18 an hour with time and a half after 40
hours and worked 38 hours. Pay?' -> $684, every hour at the regular rate; it was declined). A question for the
overtime rate or hours, or with another period, still declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I make $18 an hour with time and a half after 40 hours and worked 38 hours. Pay?", 684),
        ("I earn £12 an hour, time and a half after 37.5 hours. I worked 30 hours this week. What's my pay?", 360),
        ("I'm paid $20 an hour with double time after 40 hours. I worked 40 hours. How much do I earn?", 800),
        ("I make $18 an hour with time and a half after 40 hours and worked 38 hours. How much is the overtime?", 0),
    ],
)
async def test_hours_short_of_the_threshold_are_all_paid_at_the_regular_rate(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result)


@pytest.mark.anyio
async def test_the_working_says_there_is_no_overtime():
    answer = await solved("I make $18 an hour with time and a half after 40 hours and worked 38 hours. Pay?")
    assert "no overtime" in answer["steps"][-1]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I make $18 an hour with time and a half after 40 hours and worked 38 hours. How many overtime hours?",
        "I make $18 an hour with time and a half after 40 hours and worked 38 hours. What's the overtime rate?",
        "I make $18 an hour with time and a half after 40 hours a week and worked 38 hours. Pay for the month?",
    ],
)
async def test_a_rate_hours_or_another_period_asked_declines(request_text: str):
    await refused(request_text)
