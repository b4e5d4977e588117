"""Paraphrases of a list that also says its total, asked for a statistic (declined), and the near-misses without
a stated total that are still answered."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Takings were $1,850, $2,240 and $1,975, $6,065 in all. What's the mean?",
        "Scores were 12, 15 and 18, 45 in total. What's the average?",
        "Sales were £300, £450 and £600, making £1,350 altogether. What's the mean?",
        "Rainfall: 12 mm, 20 mm and 7 mm, 39 mm all told. What was the average?",
        "Three quotes of €400, €520 and €610 came to €1,530 combined. What's the median?",
        "The bills were $80, $95 and $110; the total was $285. What's the average bill?",
    ],
)
async def test_a_stated_total_is_not_one_more_value(request_text: str):
    assert "total" in await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Takings were $1,850, $2,240, $1,975 and $2,000. What's the mean?", 2016.25),
        ("I made £300, £450 and £600 over three days. What's the mean?", 450),
        ("I drove 450 km in total over 3 days. What's the average per day?", 150),
        ("What's the mean of 4, 8 and 15?", 9),
    ],
)
async def test_near_misses_still_answer(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result
