"""An average weighted by credits (issue 9, tuning_everyday_12): 'my module marks: 68 (20 credits), 72 (20
credits), 55 (40 credits), 81 (40 credits). whats my credit-weighted average' -> 68.67. A number in brackets after a
mark labels it and is never set aside as talk; a mark left without its credits, or an average not asked as
weighted, declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("my module marks: 68 (20 credits), 72 (20 credits), 55 (40 credits), 81 (40 credits). whats my "
         "credit-weighted average", 68.667),
        ("weighted average of 70 with 10 credits, 60 with 20 credits", 63.333),
        ("Overall average please: 64 worth 30 credits and 58 worth 15 credits", 62),
        ("Results 55 (15 credits), 65 (15 credits), 75 (30 credits) - weighted average?", 67.5),
    ],
)  # fmt: skip
async def test_marks_are_averaged_by_their_credits(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "my marks: 70 (10 credits), 60 (20 credits), 50. whats my weighted average",  # 50 has no credits
        "my marks: 70 (10 credits), 60 (20 credits). whats my average",  # not asked as weighted
        "weighted average of 70 with 10 credits, 60 with 20 credits, 3 modules",
        "my marks: 70 (10 credits), 60 (20 credits), 40 (40 credits). what do I need next year for a 60 overall "
        "average",
    ],
)
async def test_a_mark_without_credits_or_an_unweighted_ask_declines(request_text: str):
    await refused(request_text)
