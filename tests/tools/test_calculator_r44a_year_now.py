"""Paraphrases of a change from an amount in a past year to one 'this season' (or this year, this summer), and
near-misses: years asked about, growth per year, the later amount in an earlier year, the order reversed."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Percentage question for the AGM. Bar takings were £12,350 in 2023 and £14,080 this season. % increase?",
            14.01,
        ),
        ("Membership fees: £4,200 in 2022, £3,860 this year. Percentage drop?", 8.095),
        ("In 2021 we took $8,400 on the stall, and $9,975 this summer. What's the percentage change?", 18.75),
        ("gate money R52,000 in 2022, R61,100 this season, % increase?", 17.5),
    ],
)
async def test_a_past_year_and_this_season(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Bar takings were £12,350 in 2023 and £14,080 this season. How many years is that?",
        "Bar takings were £12,350 in 2023 and £14,080 this season. What's the annual growth rate?",
        "Bar takings were £12,350 in 2023 and £14,080 in 2019. What's the % increase?",
        "Bar takings were £12,350 this season and £14,080 in 2023. What's the % increase?",
        "Bar takings were £12,350 in 2023 and £14,080 this season. What's the % increase and the profit?",
    ],
)
async def test_years_asked_or_out_of_order_are_declined(request_text: str):
    await refused(request_text)
