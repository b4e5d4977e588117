"""A layer of a depth over a rectangle in bags of a volume: the volume worked out before rounding up to whole bags.
Bags already had, part of the area, a height that is no layer, or a price declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("raised bed is 3.6m x 1.2m and I want 5cm of compost on top. compost comes in 40 litre bags. how many bags?",
         6),
        ("The border is 4 m by 0.5 m and I want a 7 cm layer of bark. Bark comes in 60 litre bags. How many bags?", 3),
        ("Sandpit 2 m x 1.5 m, 30 cm deep, sand comes in 25 litre bags, how many bags?", 36),
        ("patio base 3m by 2m, 10cm of gravel, gravel bags are 0.5 cubic metres. how many bags?", 2),
    ],
)  # fmt: skip
async def test_a_layer_over_a_rectangle_in_whole_bags(request_text: str, result: int):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "raised bed is 3.6m x 1.2m and I want 5cm of compost on top. I already have 2 bags. compost comes in 40 litre "
        "bags. how many bags?",
        "raised bed is 3.6m x 1.2m and 3 m high. compost comes in 40 litre bags. how many bags?",
        "raised bed is 3.6m x 1.2m and I want 5cm of compost on half of it. compost comes in 40 litre bags. how many "
        "bags?",
        "raised bed is 3.6m x 1.2m, 5cm of compost, 40 litre bags at £6 each. how many bags?",
    ],
)
async def test_a_layer_with_bags_had_part_of_the_area_or_a_price_declines(request_text: str):
    await refused(request_text)
