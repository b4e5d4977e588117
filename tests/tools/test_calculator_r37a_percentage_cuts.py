"""Paraphrases of a percentage cut between two amounts, and near-misses that rise or give no second amount."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The budget went from £3,200 to £2,720. What's the percentage cut?", 15),
        ("Our grant was cut from €50,000 to €42,500. What's the % cut?", 15),
        ("Hours went from 40 to 34 a week. What percent cut is that?", 15),
        ("Staff numbers fell from 120 to 102. What's the percentage cut?", 15),
        ("My pay went from £2,000 to £1,900 a month. What's the percent cut?", 5),
        ("The price was £80 and now it's £60. What's the percentage cut?", 25),
        ("Budget was $3,200 last year and it's $2,720 this year. What's the percentage cut?", 15),
    ],
)
async def test_a_percentage_cut_is_the_fall(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "The budget went from £3,200 to £3,520. What's the percentage cut?",
        "Budget was £3,200 last year and it's £3,520 this year. What's the percentage cut?",
        "The budget was cut by £480. What's the percentage cut?",
    ],
)
async def test_a_cut_that_is_no_fall_between_two_amounts_is_declined(request_text: str):
    await refused(request_text)
