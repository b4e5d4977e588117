"""Paraphrases of a list labelled by how many things it is of, or averaged per period over as many periods, and
near-misses whose count or period differs from the list."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Weights of our four ring-tailed lemurs: 2.3, 2.6, 2.1 and 2.8 kg. What's the mean?", 2.45),
        ("Heights of the five seedlings: 12, 15, 11, 14 and 13 cm. What's the average?", 13),
        ("Our three vans did 412, 388 and 455 miles this week. What's the mean?", 418.333),
        (
            "Word counts for the last four months were 38,200, 41,750, 35,900 and 44,150. What's my monthly average?",
            40000,
        ),
        ("Sales for the past 3 weeks were £1,200, £1,450 and £1,310. What's our weekly average?", 1320),
        ("Takings over the last five days: 310, 295, 402, 388 and 350. What's the daily mean?", 349),
    ],
)
async def test_a_counted_list_is_averaged(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.parametrize(
    "request_text",
    [
        "Heights of the six seedlings: 12, 15, 11, 14 and 13 cm. What's the average?",
        "Sales for the past 4 weeks were £1,200, £1,450 and £1,310. What's our weekly average?",
        "I sold 38,200, 41,750, 35,900 and 44,150. What's my monthly average?",
    ],
)
async def test_a_count_or_period_that_differs_is_declined(request_text: str):
    await refused(request_text)
