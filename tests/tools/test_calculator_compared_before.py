"""An amount worked back from one said to be a percentage more or less than it ('This year's 600 units is 20% more
than last year. How many last year?' -> 500; it was declined): the percentage is of the thing compared with, so the
amount is divided. A question about anything else declines — and 'How many in total over both years?' no longer
takes the 20% of this year's 600 (it answered 720).
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("This year's 600 units is 20% more than last year. How many last year?", 500),
        ("This year we sold 600 units, which is 20% more than last year. How many did we sell last year?", 500),
        ("600 is 20% more than what number?", 500),
        ("Shop A charges $54, which is 10% less than shop B. What does shop B charge?", 60),
        ("Our electricity bill is £180 this quarter, 20% higher than last quarter. What was it last quarter?", 150),
        ("My rent of £900 is 12.5% up on last year. What was my rent last year?", 800),
    ],
)
async def test_the_amount_compared_with_is_found_by_dividing(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "This year's 600 units is 20% more than last year. How many more is that?",
        "This year's 600 units is 20% more than last year. How many in total over both years?",
        "This year's 600 units is 20% more than last year. How many next year?",
    ],
)
async def test_another_question_declines(request_text: str):
    await refused(request_text)
