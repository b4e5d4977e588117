"""A count of the same item priced again at its rate ('If 3 pens cost $4.35, how much do 11 of the same pens
cost?'), and a decimal share taken 'of' an amount ('What is 0.75 of 1,280 kg?')."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_the_same_items_are_priced_at_their_rate():
    answer = await solved("If 3 pens cost $4.35, how much do 11 of the same pens cost?")
    assert answer["result"] == pytest.approx(15.95)


async def test_a_decimal_below_one_is_a_share_of_the_amount():
    answer = await solved("What is 0.75 of 1,280 kg?")
    assert answer["result"] == pytest.approx(960)


async def test_another_item_than_the_one_priced_declines():
    await refused("If 3 pens cost $4.35, how much do 11 of the same pencils cost?")
