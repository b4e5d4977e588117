"""A shared amount named by up to three words after it."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_pot_named_by_three_words_is_split():
    solution = await solved("Split the £1,260 Christmas bonus pot evenly between me and the other three mechanics")
    assert solution["result"] == 315


async def test_a_pot_split_among_no_count_is_declined():
    await refused("Split the £1,260 Christmas bonus pot evenly between me and the other mechanics")
