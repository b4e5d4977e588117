"""A score written with a slash ('i got 18/25 on my spelling test. percent?' -> 72%; it was declined) is marks out
of a total, and a last bare 'percent?' asks for it as a percentage. A slash after a verb of scoring that is a part
of something ('got 3/4 of the pizza') stays a fraction, and a score above its total declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("i got 18/25 on my spelling test. percent?", 72),
        ("i got 18/25 on my spelling test. what percent is that?", 72),
        ("I scored 42/50 in the quiz, what's that as a percentage?", 84),
        ("my son got 27/30 on his maths test. percentage?", 90),
        ("She scored 7/8 on the quiz - what percent is that?", 87.5),
    ],
)
async def test_a_score_written_with_a_slash_is_a_percentage_of_its_total(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I got 30/25 on the test. percent?",
        "I ate 3/4 of the pizza. percent?",
        "I got 3/4 of the pizza. percent?",
        "i got 18/25 on my spelling test. percent of what?",
    ],
)
async def test_a_slash_that_is_no_score_is_not_read_as_one(request_text: str):
    await refused(request_text)
