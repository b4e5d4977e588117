"""The new average when one more joins a group of a known size and average ('class of 25 averaged 72 ... a new
student joins and scores 98'); one leaving, two joining, or no new average asked stays declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My class of 25 averaged 72 on the test. A new student joins and scores 98. What's the new class average?",
         73),
        ("The team of 10 averaged 15 points. A new player joins and scores 26. What is the new average?", 16),
        ("My group of 9 averaged 80 in the mock. A new pupil joined and scored 90. What's the new mean?", 81),
        ("Our squad of 19 averaged 12 goals. A new striker joins and scores 32. What's the new average?", 13),
        ("a class of 30 averages 64; a new student arrives and scores 95. what is the new average?", 65),
        ("The choir of 24 averaged 70 in the exam; a new singer joined and got 45. New average?", 69),
    ],
)  # fmt: skip
async def test_the_average_after_one_joins(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "My class of 25 averaged 72 on the test. A student leaves who scored 98. What's the new class average?",
        "My class of 25 averaged 72. Two new students join and score 98. What's the new average?",
        "My class of 25 averaged 72 on the test. A new student joins and scores 98. What's the median?",
    ],
)
async def test_averages_that_say_more_are_declined(request_text: str):
    await refused(request_text)
