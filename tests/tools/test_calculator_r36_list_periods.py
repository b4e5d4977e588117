"""Paraphrases of a list whose words say what each number is (a school year, a maximum mark, the period of each
number) with the statistic asked; near-misses where those words change the statistic decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Year 10 test scores out of 50: 34, 41, 28, 45, 39, 37, 42, 30. What's the mean score?", 37),
        ("Test scores out of 50: 34, 41, 28, 45, 39, 37, 42, 30. What's the mean score?", 37),
        ("Year 9 quiz marks: 7, 8, 5, 9. What's the median?", 7.5),
        ("Grade 5 test scores were 80, 75 and 92. What's the average?", 82.3333),
        ("Jobs each day were 38, 42, 35, 47, 40, 44 and 39. What's the mean number of jobs per day?", 40.7143),
        ("Our shop's monthly cleaning costs were €420, €385, €510 and €460. What's the average per month?", 443.75),
        ("Daily steps were 8000, 9500 and 7200. What's the average per day?", 8233.3333),
        ("Calls each day were 12, 15 and 9. What's the mean?", 12),
        ("Passengers on my first run each day this week: 38, 42, 35, 47 and 41. What's the median?", 41),
    ],
)
async def test_the_words_change_no_statistic(request_text: str, expected: float):
    assert (await solved(request_text))["result"] == pytest.approx(expected, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Weekly sales were 700, 840 and 910. What's the average per day?",
        "Calls each day were 12, 15 and 9. What's the mean per week?",
        "Test scores out of 50: 34, 41, 58. What's the mean score?",
        "Test scores out of 50: 34, 41, 28. What's the mean percentage?",
    ],
)
async def test_words_that_change_the_statistic_decline(request_text: str):
    await refused(request_text)
