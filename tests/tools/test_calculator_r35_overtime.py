"""Paraphrases of overtime hours alone at a base rate and time and a half or double time, and the near-misses
(another period, tax, hours asked) that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Overtime is time and a half and my base rate is £15.80 an hour. What do I get for 6 hours of overtime?",
         142.2),
        ("My hourly rate is $22 and overtime is double time. How much for 4 hours overtime?", 176),
        ("Overtime pays time and a half. I earn €18 an hour. What will 3.5 hours of overtime pay?", 94.5),
        ("I'm on £12.50 an hour with time and a half for overtime. I did 8 hours overtime. What's that worth?", 150),
        ("Base pay is $30 an hour, overtime at double time. What's 5 hours of overtime?", 300),
        ("$20 an hour for 40 hours plus 5 hours overtime at time and a half", 950),
    ],
)  # fmt: skip
async def test_overtime_hours_alone(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Overtime is time and a half and my base rate is £15.80 an hour. How many hours of overtime for £142.20?",
        "Overtime is time and a half and my base rate is £15.80 an hour. What do I get for 6 hours of overtime "
        "after tax?",
        "Overtime is time and a half and my base rate is £15.80 an hour. I do 6 hours of overtime a week. What do "
        "I get a month?",
    ],
)
async def test_near_misses_decline(request_text: str):
    await refused(request_text)
