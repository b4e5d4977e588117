"""An amount shared out in whole units, with what is left over (issue 9, tuning_everyday_12): '£250 to my three
grandchildren, the same whole number of pounds each' -> £83 each, £1 left over. Pence in the amount, a third
number, or a question that does not ask for each share declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "each", "left"),
    [
        ("I'm giving £250 to my three grandchildren, the same whole number of pounds each. How much does each get "
         "and how much is left over?", 83, 1),
        ("47 sweets shared between 5 children, whole sweets only. How many does each get and how many are left "
         "over?", 9, 2),
        ("$100 between 3 kids in whole dollars, how much each and what's left over?", 33, 1),
        ("Splitting £1,000 among 6 nephews in whole pounds - how much each, and the remainder?", 166, 4),
    ],
)  # fmt: skip
async def test_each_whole_share_and_the_rest_left_over(request_text: str, each: int, left: int):
    answer = await solved(request_text)
    assert answer["result"] == each
    assert answer["values"]["left over"] == left


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "£250.50 to my three grandchildren, whole pounds each. How much does each get and how much is left over?",
        "I'm giving £250 to my three grandchildren and keep £10, whole pounds. How much does each get and how much "
        "is left over?",
        "£250 to my three grandchildren in whole pounds. How much is left over after 2 years?",
    ],
)
async def test_pence_a_third_number_or_no_share_asked_declines(request_text: str):
    await refused(request_text)
