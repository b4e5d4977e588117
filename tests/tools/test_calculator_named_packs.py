"""Offers compared as packs are named as the user named them: 'the 20-pack for $11.80 is cheaper'."""

from __future__ import annotations

import pytest

from tests.tools.conftest import solved

pytestmark = pytest.mark.anyio


async def test_the_cheaper_pack_is_named_as_a_pack():
    answer = await solved("Which is the better deal per can: a 12-pack of soda for $7.68 or a 20-pack for $11.80?")
    assert answer["answer"].startswith("the 20-pack for $11.80 is cheaper")
    assert answer["result"] == pytest.approx(0.59)


async def test_counted_offers_keep_their_counts():
    answer = await solved("10 pens for $3 or 25 pens for $6.50, which is cheaper?")
    assert answer["answer"].startswith("25 pens for $6.50 is cheaper")
