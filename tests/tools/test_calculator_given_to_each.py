"""A count left after the same number is given to each of a counted group, from packs of a size."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_packs_given_out_to_each_of_a_group():
    solution = await solved(
        "i have 3 packs of 12 stickers and i give 5 stickers to each of my 6 friends. how many stickers do i have left"
    )
    assert solution["result"] == 6


async def test_a_group_of_no_size_or_too_many_is_declined():
    await refused("I have 36 stickers and I give 5 stickers to each of my friends. How many do I have left?")
    await refused("I have 36 stickers and give 5 to each of my 8 friends. How many do I have left?")
