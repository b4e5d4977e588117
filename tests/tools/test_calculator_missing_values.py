"""The one value missing from a list with a known average ('the average of 4 numbers is 10, three are 8, 9, 12,
what's the fourth?' -> 11; it was declined). A list of another length than all but one, a list not said to be
that, or a question for another value declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("the average of 4 numbers is 10, three are 8, 9, 12, what's the fourth?", 11),
        ("The average of 4 numbers is 10. Three of them are 8, 9 and 12. What is the fourth?", 11),
        ("The mean of 5 scores is 70. Four of them are 65, 72, 80 and 58. What's the missing one?", 75),
        ("the average of 3 numbers is 20, two are 15 and 22, what is the other one?", 23),
        ("The average of six readings is 4.5; five are 4, 5, 3.5, 6 and 4. What's the 6th?", 4.5),
    ],
)
async def test_the_missing_value_makes_the_average(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "the average of 4 numbers is 10, two are 8, 9, what's the fourth?",
        "the average of 4 numbers is 10, three are 8, 9, 12, what's the third?",
        "the average of 4 numbers is 10, 8, 9, 12, what's the fourth?",
        "the average of 4 numbers is 10, three are 8, 9, 12, what's the median?",
    ],
)
async def test_another_list_or_question_declines(request_text: str):
    await refused(request_text)
