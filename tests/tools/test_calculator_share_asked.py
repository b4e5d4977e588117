"""The share of a group asked as what its part did ('23 out of 28 of my pupils passed the mock exam. What percentage
passed?' -> 82.14%; the question's verb was looked for before the ask instead of in the story, so it was declined).
A question about another part than the one counted ('what percentage failed', 'of the boys') still declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("23 out of 28 of my pupils passed the mock exam. What percentage passed?", 82.142857),
        ("23 out of 28 pupils passed the exam. What percentage passed?", 82.142857),
        ("41 out of 50 of our members renewed this year. What percentage renewed?", 82),
        ("Sam scored 17 out of 20 shots. What percentage did he score?", 85),
        ("12 out of 30 of the guests stayed for dessert. What percent stayed?", 40),
    ],
)
async def test_the_share_that_did_what_the_story_says_is_a_percentage(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "23 out of 28 pupils passed the exam. What percentage failed?",
        "23 out of 28 of my pupils passed the mock exam. What percentage of the boys passed?",
        "A team won 12 of 20 games. What percentage did they draw?",
    ],
)
async def test_a_share_of_another_part_is_declined(request_text: str):
    await refused(request_text)
