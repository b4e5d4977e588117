"""A conversion whose question names the thing again ('How far is a half marathon in km? It's 13.1 miles.'), and a
fraction 'of a' unit ('what is 3/8 of an inch in millimetres' is 9.525 mm).
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "converted"),
    [
        ("How far is a half marathon in km? It's 13.1 miles.", 21.08),
        ("How heavy is my suitcase in pounds? It's 23 kg.", 50.71),
        ("the suitcase is 23 kg. how heavy is the suitcase in pounds", 50.71),
        ("How tall is the tree in feet? It's 12 metres.", 39.37),
        ("Quick one - what is 3/8 of an inch in millimetres?", 9.525),
        ("3/4 of a mile in metres", 1207.008),
        ("what's 1/2 of a cup in ml", 118.29),
        ("5/4 of an hour in minutes", 75),
    ],
)
async def test_the_one_quantity_is_converted(request_text: str, converted: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(converted, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "How far is the walk in km? It's 6 miles there and 6 miles back.",
        "3/4 of a pizza shared by 3 people",
        "How far is half the route in km? It's 13.1 miles.",
    ],
)
async def test_more_than_a_conversion_declines(request_text: str):
    await refused(request_text)
