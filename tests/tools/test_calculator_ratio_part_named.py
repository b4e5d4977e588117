"""A ratio's part named right after the amount's unit, with or without 'of' ('450 g flour'), is that part, not the
whole mix."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_part_named_without_of():
    reply = await solved("Ratio of flour to sugar 3:2. If I use 450 g flour, how much sugar?")
    assert reply["result"] == 300


@pytest.mark.anyio
async def test_amount_of_two_parts_declines():
    await refused("Ratio of flour to sugar 3:2. I have 500 g of flour and sugar. How much sugar?")
