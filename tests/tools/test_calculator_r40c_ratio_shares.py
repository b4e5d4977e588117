"""An amount shared in a ratio said tersely: the amount before its verb ('£2,400 split 1:2:3'), the ratio bare of
'ratio' ('split £560 3:4 between Jo and Sam'), and the question by its noun alone ('biggest share?', 'Ben's
share?'); near-misses with a second amount, a share asked that the split does not name, or sharers who do not
match the ratio."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("£2400 split 1:2:3, biggest share?", 1200),
        ("£2400 split 1:2:3, what's the biggest share?", 1200),
        ("£7,200 split 7:5. What's the larger share?", 4200),
        ("£900 split 4:3:2, how much is the smallest share?", 200),
        ("£1,200 is shared between Ann and Ben in the ratio 3:5. How much does Ben get?", 750),
        ("£1,200 is to be shared between Ann and Ben in the ratio 3:5. How much will Ben get?", 750),
        ("£1,200 was divided 3:5 between Ann and Ben. What did Ann get?", 450),
        ("split £560 3:4 between Jo and Sam. How much does Sam get?", 320),
        ("£560 split 3:4 between Jo and Sam, how much does Sam get?", 320),
        ("£2400 split 1:2:3 between Ann, Ben and Cal. Ben's share?", 800),
        ("Share 90 between Ann and Ben, in the ratio 2:1. What does Ann get?", 60),
    ],
)
async def test_an_amount_split_in_a_ratio_said_tersely(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "£2400 split 1:2:3 between Ann and Ben, what's the biggest share?",
        "£2400 split 1:2:3, biggest share after tax?",
        "£2400 split 1:2:3 and £300 kept back, biggest share?",
        "£2400 split 1:2, how much is the middle share?",
        "£900 split 4:3:2, how much does the 4th get?",
        "£900 split 4:3:2 between 2 kids, how much is the smallest share?",
        "£900 split 4:3:2, how much more is the biggest than the smallest?",
        "£900 and £100 split 4:3:2, smallest share?",
        "£900 split 4:3:2 plus £50 each, smallest share?",
        "£900 split 4:3:2, smallest and biggest share?",
        "£900 split 3:3, Ann's share?",
        "£560 split 3:4 between Jo and Sam, how much does Kim get?",
    ],
)
async def test_a_ratio_split_that_is_not_all_told_is_declined(request_text: str):
    await refused(request_text)
