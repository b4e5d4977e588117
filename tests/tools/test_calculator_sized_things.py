"""A thing named by how much it holds ('a 21,300-word manual', 'a 1,200 litre brew') is that amount when a question
asks about it; two such things, or a thing sized across ('a 12 inch pizza'), are left as they are."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_manual_sized_in_words_at_a_daily_rate():
    answer = await solved("I get through about 2,500 words a day. How many working days for a 21,300-word manual?")
    assert answer["result"] == pytest.approx(8.52)


async def test_a_brew_sized_in_litres_scales_a_recipe():
    answer = await solved("Our 500 litre recipe uses 110 kg of malt. How much malt do I need for a 1,200 litre brew?")
    assert answer["result"] == pytest.approx(264)


async def test_two_sized_things_are_declined():
    await refused("I write 2,500 words a day. How many days for a 21,300-word manual and a 5,000-word brief?")
