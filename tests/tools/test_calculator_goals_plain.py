"""Saving towards a goal told in plain numbers, with no currency: the words of saving say they are money, the goal
is the amount with no period and the saving the one with a period; money already saved comes off the goal. Another
period asked or a saving with no period declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("saving for a 9,000 car, I can put away 375 a month. how many months", 24),
        ("I want to save 9,000 and I can put away 375 a month. how many months", 24),
        ("saving up for a 1,200 bike and i can put away 85 every fortnight. how many fortnights until i have enough?",
         15),
        ("I'm putting aside 120 a month for a 1,500 laptop. how many months will it take?", 13),
        ("saving for a 9,000 car, I've already saved 1,000 and I can put away 375 a month. how many months", 22),
    ],
)  # fmt: skip
async def test_a_plain_goal_and_saving_count_whole_periods(request_text: str, result: int):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "saving for a 9,000 car, I can put away 375 a month. how many weeks",
        "saving for a 9,000 car, I can put away 375. how many months",
    ],
)
async def test_a_plain_goal_with_another_period_or_savings_had_declines(request_text: str):
    await refused(request_text)
