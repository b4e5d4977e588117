"""Round 34: things set along both sides of a run are two rows; a count asked of things is never a summed length."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Trees are planted every 5 m along both sides of a 50 m road, including ends. How many trees?", 22),
        ("How many trees are needed along both sides of an 80 m drive if planted every 8 m?", 22),
        ("A path 60 m long has a lamp every 10 m on each side. How many lamps?", 14),
        ("Benches every 10 m on each side of a 50 m path, including ends. How many benches?", 12),
        ("Bollards every 2 m on either side of a 20 m lane, including both ends. How many bollards?", 22),
        ("A fence is 20 m long with posts every 2 m, including both ends. How many posts?", 11),
        ("Trees every 4 m along a 20 m drive, including both ends. How many trees?", 6),
    ],
)
async def test_posts_along_one_or_both_sides(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Lamp posts every 20 m on both sides of a 200 m street, including both ends. How many lamp posts?",
        "Lamp posts are every 25 m on both sides of a 100 m road, including the ends. How many?",
        "Lamp posts every 20 m along a 200 m street, including both ends. How many lamp posts?",
    ],
)
async def test_a_count_is_never_a_summed_length(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("how many US gallons is 200 litres", 52.8344),
        ("how many is 5 km in metres", 5000),
        ("How many square metres is a 5 m by 4 m room?", 20),
    ],
)
async def test_how_many_of_a_unit_is_still_a_measure(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, rel=1e-4)
