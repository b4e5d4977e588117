"""A percentage improvement: a time taken improves by falling, a score by rising; a change the other way is declined
(is it better or worse?). A sentence closed with '!!' after a figure ends there, not a factorial."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My lad's 100 back went down from 88.4 seconds to 84.0!! What's the percentage improvement?", 4.9774),
        ("Her parkrun went from 31 minutes to 28.5 minutes. What's the percentage improvement?", 8.0645),
        ("Spelling test score went from 40 to 46. What's the percentage improvement?", 15),
        ("Sales went from 120 to 150!!! What's the percentage increase?", 25),
    ],
)
async def test_a_percentage_improvement_in_the_direction_that_is_better(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.parametrize(
    "request_text",
    [
        "Spelling test score went from 46 to 40. What's the percentage improvement?",
        "Her 200 m went from 31.2 seconds to 32.5 seconds. What's the percentage improvement?",
        "His time went from 88.4 seconds to 84.0!! What's the percentage improvement and his new pace?",
        "What is 4! What's the percentage improvement?",
        "Visitors went from 1,200 to 1,500. What's the percentage increase and the total?",
        "Rent went from £900 to £990. What's the percentage rise and the difference?",
    ],
)
async def test_an_improvement_the_figures_do_not_show_is_declined(request_text: str):
    await refused(request_text)
