"""Saving towards a goal told with money already put by ('the phone is 649 and ive got 412 saved. i make 25 a week.
how many weeks before i can buy it' is 10 weeks: 237 still to save at 25 a week), or with a goal said without its
currency beside a saving in one ('save 15 dollars every week ... until i have 240' is 16 weeks).
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "periods"),
    [
        ("The bike is £500, I've already saved £200 and I put away £40 a month. How many months until I can buy it?",
         8),
        ("I've got $120 saved, the console is $450 and I save $30 a week. How many weeks until I can afford it?", 11),
        ("laptop costs 900 and i have 300 saved, i earn 50 a week from my paper round. how many weeks till i buy it",
         12),
        ("the trainers are 120, I've got 45 saved and I get 10 a week pocket money. how many weeks before I buy them?",
         8),
        ("if i save 20 dollars every week how many weeks until i have 250", 13),
        ("i put aside 40 euros a month, how many months until i have 300?", 8),
    ],
)  # fmt: skip
async def test_whole_periods_until_the_rest_is_saved(request_text: str, periods: int):
    answer = await solved(request_text)
    assert answer["result"] == periods


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "The bike is £500, I've already saved £600 and I put away £40 a month. How many months until I can buy it?",
        "I make 25 a week. the phone is 649. how many weeks before I can buy it",
        "The bike is £500, I've already saved £200 and £100 more at Christmas, and I put away £40 a month. How many "
        "months until I can buy it?",
    ],
)
async def test_nothing_left_to_save_or_earnings_alone_declines(request_text: str):
    await refused(request_text)
