"""The mark needed on the last part of a grade made of two weighted parts (issue 9, tuning_everyday_12): 'need 40%
overall to pass. exam is 60% of the grade and i got 35 on it. coursework is the other 40%. what do i need on the
coursework??' -> 47.5. Weights that are not the whole, a mark above 100 needed, or a question for the part already
marked declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("need 40% overall to pass. exam is 60% of the grade and i got 35 on it. coursework is the other 40%. what "
         "do i need on the coursework??", 47.5),
        ("I need 70 overall. The exam is worth 50% and I got 80 on it. Coursework is worth 50%. What do I need on "
         "the coursework?", 60),
        ("I want 65% overall. Practical is 30% and I scored 80 on it. Theory is the other 70%. What do I need on "
         "the theory?", 58.5714),
        ("Need 50 overall to pass; the essay is 25% and I got 62 on it. The exam is the remaining 75%. What do I "
         "need to get on the exam?", 46),
    ],
)  # fmt: skip
async def test_the_mark_needed_on_the_other_part(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.0001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "need 40% overall to pass. exam is 60% of the grade and i got 35 on it. coursework is the other 30%. what do "
        "i need on the coursework??",  # 90%: a part is missing
        "need 90% overall. exam is 60% and i got 35 on it. coursework is the other 40%. what do i need on the "
        "coursework?",  # 172.5: not possible
        "need 40% overall to pass. exam is 60% of the grade and i got 35 on it. coursework is the other 40%. what do "
        "i need on the exam?",
    ],
)
async def test_weights_not_whole_or_an_impossible_mark_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
async def test_a_mark_not_said_of_its_part_declines():
    await refused(
        "homework counts for 25% and I got 80, the exam is 75%. What do I need on the exam for an overall grade of 70?"
    )
