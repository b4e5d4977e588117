"""Posts along both sides of a run are two rows ('Trees every 5 m along both sides of a 50 m road, including ends'
is 2 × 11 = 22), and a question asking how many things is never answered with a length (20 m + 200 m)."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_both_sides_are_two_rows():
    reply = await solved("Trees are planted every 5 m along both sides of a 50 m road, including ends. How many trees?")
    assert reply["result"] == 22


@pytest.mark.anyio
async def test_a_count_of_posts_is_no_length():
    await refused("Lamp posts every 20 m on both sides of a 200 m street, including both ends. How many lamp posts?")
