"""A mean asked per the period or thing each listed value is of ('mon-fri ... average per day', 'last 4 wks ...
average a week', '... this week. Average a day?'), and near-misses where the count differs, another period is asked,
a number follows the list or a second question is asked."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("sales mon-thu: 140, 165, 152, 171 - avg per day?", 157),
        ("Footfall Monday to Friday was 320, 295, 410, 388 and 402. What's the average per day?", 363),
        ("Over the last 3 months my bills were £84, £91 and £77. What was the average a month?", 84),
        ("The shop's takings for the last 4 weeks were £1,200, £950, £1,430 and £1,020. Average per week?", 1150),
        ("The bakery sold 40, 52, 47, 38, 61, 55 and 43 loaves this week - what's the average a day?", 48),
        ("crops from my 3 beds were 12kg, 15kg and 9kg - average per bed?", 12),
    ],
)
async def test_a_mean_per_listed_period_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "takings mon-fri were 620, 580, 705, 655 - average per day",
        "takings mon-fri were 620, 580, 705, 655, 540 and 3 days were shut - average per day",
        "last 4 wks earnings £1,120, £980, £1,345 - average a week?",
        "attendance mon–sat: 18, 22, 15, 24, 20, 27. avg per week?",
        "Takings were £412, £389, £455, £501 and £398 over six days. What's the average per day?",
        "The clinic saw 28, 34, 31, 25, 37 patients this week. What's the average a day?",
        "takings mon-fri were 620, 580, 705, 655, 540 - average per day and the best day?",
    ],
)
async def test_a_mean_per_period_that_does_not_fit_the_list_is_declined(request_text: str):
    await refused(request_text)
