"""The score needed next from an average so far ('I averaged 80 over 4 tests, what do I need on the 5th to get
82?' -> 90; it was declined): the total so far from the average, the total needed from the new one. A test that is
not the next one, more than one still to come, or a question about the past declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I averaged 80 over 4 tests, what do I need on the 5th to get 82?", 90),
        ("My average over 4 tests is 80. What do I need on the fifth test to get an average of 82?", 90),
        ("I have an average of 71 across 6 quizzes. What do I need on the next quiz to average 74?", 92),
        ("I've averaged 3.5 over 10 games, what do I need in the next game to get 4?", 9),
        ("I averaged 80 over four tests, what do I need on the next test to get 82?", 90),
    ],
)
async def test_the_next_score_for_a_new_average(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result)
    assert answer["steps"][0].startswith("so far")


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I averaged 80 over 4 tests, what do I need on the 7th to get 82?",
        "I averaged 80 over 4 tests, what do I need on the next two to get 82?",
        "I averaged 80 over 4 tests, what did I get on the 5th to get 82?",
        "I averaged 80 over 4 tests, what do I need on the 5th to get 82 weighted?",
    ],
)
async def test_another_test_or_question_declines(request_text: str):
    await refused(request_text)
