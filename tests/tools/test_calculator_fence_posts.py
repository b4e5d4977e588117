"""Posts along a straight run at a spacing, one at each end: 'a fence 24 metres long with a post every 2.4 metres,
and a post at both ends' is 11 posts (never the 26.4 m of the two lengths added); a run that closes on itself, a
missing end post or a count the givens do not give declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "posts"),
    [
        ("Building a 30 m fence, a post every 3 m and one at each end. How many posts do I need?", 11),
        ("We want trees spaced 5 m apart along a 100 m drive, one at each end. How many trees?", 21),
        ("fence of 25 m with posts every 2 m - how many posts?", 14),
        ("I'm planting a hedge 12 m long, one plant every 50 cm. How many plants do I need?", 25),
        ("street lamps at 40 m intervals along a 1.2 km road, how many lamps", 31),
        ("A 18 metre run of fencing with posts spaced 1.8 m, posts at both ends: how many posts?", 11),
    ],
)
async def test_posts_along_a_straight_run_are_one_more_than_the_gaps(request_text: str, posts: int):
    answer = await solved(request_text)
    assert answer["result"] == posts


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "fence around a square paddock 40 m each side with a post every 2 m, how many posts",
        "a 24 m fence with a post every 2.4 m but no post at the far end. how many posts?",
        "a fence 24 metres long and another 2.4 metres long, how many posts?",
        "Putting up a fence 24 metres long with a post every 2.4 metres and a gate. How many posts?",
    ],
)
async def test_a_closed_run_or_a_missing_post_declines(request_text: str):
    await refused(request_text)
