"""A mean of marks given in running text (tuning_heldout_14): a school year written as its pupils ('my year 9s')
names who got them, not a number of the list, and a number after the list's closing 'and' is not one of it."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("my year 9s got 67, 72, 58, 91, 84, 77 and 63 on the mock. whats the mean score?", 73.1428571),
        ("our Year 11s scored 54, 61, 70 and 66 in the test, what's the average mark?", 62.75),
        ("quick one: my yr 7s got 12, 15, 9, 14 and 10 on the spelling quiz - mean?", 12),
        ("the year 10s got 80, 75 and 90, what's their mean score", 81.6666667),
        ("the grade 5s got 7, 8 and 9 on the quiz. what's the mean?", 8),
        ("our class scored 54, 61, 70 and 66, what's the average mark?", 62.75),
    ],
)
async def test_the_mean_of_marks_in_a_story(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, rel=1e-6)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "my year 9s got 67, 72, 58 and 91 on the mock and 3 were absent. whats the mean score?",
        "the scores were 5, 6 and 7 and 2 people missed it. average?",
        "my year 9 got 67, 72, 58. mean?",  # 'year 9' with no pupils after it is a number of the list
    ],
)
async def test_a_number_outside_the_list_is_declined(request_text: str):
    await refused(request_text)
