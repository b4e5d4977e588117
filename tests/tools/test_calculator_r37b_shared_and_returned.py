"""Paraphrases of a count asked 'each' over the group that did it ('6 midwives covered 143 births. How many each?'),
of plurals in -ves, and of the point come back to after a story ('Anyway, ...'), with the near-misses that must
decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.rounds


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # a count asked each, over who did it
        ("Our team of 6 community midwives covered 143 births this quarter. How many is that each, on average?",
         23.8333333333),
        ("6 midwives covered 143 births. How many births per midwife?", 23),
        ("Our 4 drivers did 1,236 deliveries last month. How many is that each, on average?", 309),
        ("The 12 volunteers collected 3,420 signatures. On average how many did each collect?", 285),
        ("5 nurses gave 212 jabs today. How many each on average?", 42.4),
        ("6 boxes have 48 eggs in them. How many each?", 8),
        # the point, after a story
        ("Bit of a long one, sorry. Saturday at the farmers' market was mad busy, the queue went right past the "
         "cheese stall at one point and I ran out of change twice. Anyway, I sold 86 jars at £7.50 each plus 12 comb "
         "sections at £9.25. What did I take in total?", 756),
        ("Long day, kids off school, dog sick on the rug. Long story short, I need 15% of £240.", 36),
        ("Saturday at the market was mad busy. Anyway, I sold 86 jars at £7.50 each. What did I take in total?", 645),
    ],
)  # fmt: skip
async def test_shared_and_returned_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "We sold 240 tickets across 3 nights. How many each?",  # the first count is not who sold them
        "4 teams of 5 players. How many each?",
        "3 kids picked 45 apples and 12 pears. How many each?",
        "Two of them paid £5 already. Anyway, 8 people at £12.50 each. What do the rest owe?",  # a figure before
    ],
)
async def test_shared_and_returned_near_misses(request_text: str):
    await refused(request_text)
