"""What is left, asked of a sum written with 'minus' ('2,400 minus 15 percent, what's left' is 2,040), and of a story
told with 'so far' or 'to date' ('Project budget is 12,500 and we've spent 9,875 so far. What percentage of the budget
is left?' is 21%): the words say when, and change nothing in the sum.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "left"),
    [
        ("2,400 minus 15 percent, what's left", 2040),
        ("1,000 minus 20%, how much is left?", 800),
        ("500 less 20%, what remains", 400),
        ("Budget is 8,000 and we've spent 6,000 so far. What percentage of the budget is left?", 25),
        ("Our budget is £20,000; we've spent £15,000 to date. What percentage is left?", 25),
        ("I've paid back 1,200 of the 4,000 loan to date. What percentage is that?", 30),
    ],
)
async def test_what_is_left_is_answered(request_text: str, left: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(left)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "2,400 minus 15 percent plus 10 percent, what's left",
        "2,400 minus 15 percent, how much was taken?",
        "Budget is 8,000 and we've spent 6,000 so far and 500 more next week. What percentage of the budget is left?",
    ],
)
async def test_another_question_or_sum_declines(request_text: str):
    await refused(request_text)
