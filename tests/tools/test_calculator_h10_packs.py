"""The price of one item in a named pack, of two packs told with their prices (issue 9; two tuning requests the
calculator declined): 'a 12 pack of cans is $8.99 and the 24 pack is $16.49. how much per can is the 24 pack?'.
Near misses — a comparison, a pack not told, a coupon, two currencies — still decline.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        (
            "a 12 pack of cans is $8.99 and the 24 pack is $16.49. how much per can is the 24 pack, to the nearest "
            "cent?",
            "$0.69 each",
        ),
        (
            "Pack of 6 yoghurts costs 2.70 and the pack of 4 is 1.96. whats the price per pot for the six pack?",
            "0.45 each",
        ),
        (
            "A 4-pack of batteries is £3.20 and an 8-pack is £5.60. What's the price per battery in the 8-pack?",
            "£0.70 each",
        ),
        ("A box of 10 eggs costs £2.40 and a box of 6 is £1.65. how much is each egg in the box of 10?", "£0.24 each"),
    ],
)
async def test_the_price_of_one_item_of_a_named_pack(request_text: str, answer: str):
    solution = await solved(request_text)
    assert solution["answer"] == answer
    assert solution["problem"] == "price per item of a pack"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "a 12 pack of cans is $8.99 and the 24 pack is $16.49. how much per can is the 18 pack?",
        "a 12 pack of cans is $8.99 and the 24 pack is $16.49 and I have a $2 coupon. how much per can is the 24 pack?",
        "a 12 pack of cans is $8.99 and the 24 pack is €16.49. how much per can is the 24 pack?",
        "a 12 pack of cans is $8.99 and the 24 pack is $16.49. how much do I save per can with the 24 pack?",
    ],
)
async def test_near_misses_of_a_pack_price_decline(request_text: str):
    await refused(request_text)
