"""Why a question is asked, said after it past a comma or dash (tuning_heldout_14): 'what's 340 times 3, he needs it
for his homework'. It is set aside when it opens as someone telling something and changes nothing; a tail that
names a part, a number or a unit is not talk."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("what's 340 times 3, he needs it for his homework", 1020),
        ("can you solve 3(x - 4) = 2x + 5 for me, stuck on my homework", 17),
        ("what is 17 x 23, my daughter is checking her answers", 391),
        ("work out 15% of 80, I'm doing my maths revision", 12),
        ("what's 1,250 divided by 5, she's stuck on it", 250),
        ("calculate 7 x 38.5 - it's for my son's worksheet", 269.5),
        ("help me solve 7 - 2(x + 1) = x - 4 for x please, we're revising for a test", 3),
        ("find x if 2(x + 3) = 4x - 6, they need it for class", 6),
    ],
)
async def test_why_it_is_asked_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "what's 340 times 3, he needs 2 of them",  # a number in the tail
        "what's 340 times 3, my share of it",  # a part of the answer
        "what's 340 times 3, he needs it in km",  # a unit in the tail
        "what's 340 times 3, but she wants half",
    ],
)
async def test_a_tail_that_could_change_the_answer_is_declined(request_text: str):
    await refused(request_text)
