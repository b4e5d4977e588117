"""A percentage taken away first ('goes to the repair fund', 'is set aside for the kitchen', 'comes off for the bar
staff') and the rest shared equally by people: the part is never added as a tip. An amount taken by one of them,
a sharer besides the count, or another period asked is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Tip jar had $187 today! 15% goes to the truck repair fund and the rest gets split evenly between the 4 of"
         " us. How much does each person get?", 39.7375),
        ("Raised £12,640. 8% goes on admin and the rest is split between 4 of us. How much does each get?", 2907.2),
        ("We made £420 in tips tonight. 10% is set aside for the kitchen and what's left is shared equally by 6"
         " waiters. How much each?", 63),
        ("Tips came to $250; 20% comes off for the bar staff and the remainder is divided between 5 servers. What"
         " does each server get?", 40),
        ("How much does each of the lads get? The tip pot had £360, 25% goes to the chef and the rest is split"
         " between 3 lads.", 90),
        ("The raffle made $2,000. 10% goes to the hall fund and the rest is shared between the 5 of us. How much do"
         " we each get?", 360),
    ],
)  # fmt: skip
async def test_the_rest_after_a_part_taken_is_shared(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Tip jar had $187 today! 15% goes to the truck repair fund and the rest gets split evenly between 4"
        " friends. How much do we each get?",
        "I paid £20 of the £100 and the rest is split between the 4 of us. How much each?",
        "we raised $9,000, 10% covers costs and the remainder is divided among 5 charities. how much do we each get?",
        "Tip jar had $187 today! 15% goes to the repair fund and the rest gets split between the 4 of us and the"
        " dishwasher. How much does each person get?",
        "Tip jar had $187 today! 15% goes to the repair fund and the rest gets split evenly between the 4 of us."
        " How much does each person get a week?",
        "Tip jar had $187 today! We add a 15% tip and split it between the 4 of us. How much each?",
        "Tips were $187, 15% goes to the fund and the rest is split between the 4 of us. How much does the fund"
        " get and how much each?",
    ],
)
async def test_a_changed_share_is_declined(request_text: str):
    await refused(request_text)
