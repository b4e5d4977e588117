"""What is left of a count after some of it goes (issue 9; a routing tuning request the calculator declined):
'Tom has 48 stickers and gives away a quarter. How many does he have now?' → 36. Near misses — a count added, a
share, a fraction of two readings, more going than there is — still decline.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("Tom has 48 stickers and gives away a quarter. How many does he have now?", "36 stickers"),
        ("Priya has 60 marbles and loses 1/5 of them. How many are left?", "48 marbles"),
        ("We had 30 eggs and used two thirds of them. How many are left?", "10 eggs"),
        ("Sara baked 36 cookies, ate 4 and gave away half of the rest. How many are left?", "16 cookies"),
        ("The shop had 120 mugs and sold 45. How many mugs are left?", "75 mugs"),
    ],
)
async def test_a_count_left_after_some_goes(request_text: str, answer: str):
    solution = await solved(request_text)
    assert solution["answer"] == answer
    assert solution["problem"] == "count left"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Sara baked 36 cookies, ate 4 and gave away half. How many are left?",
        "Tom has 48 stickers and buys 10 more and gives away 12. How many does he have now?",
        "Tom has 48 stickers and gives away 50. How many does he have now?",
        "Tom has 48 stickers and gives away 12 to each friend. How many does he have now?",
        "Tom has 48 stickers and gives away a fifth. How many does he have now?",
        "I had 20 kg of flour and used 5 kg. How many are left?",
    ],
)
async def test_near_misses_of_a_count_left_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
async def test_a_count_that_does_not_say_what_it_counts_declines():
    await refused("I had 40 and gave 12 away. How many are left?")
