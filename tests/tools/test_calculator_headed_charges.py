"""A price per head for a count of people with a percentage charge added ('120 guests, the caterer charges $68 per
head plus an 18% service charge. What's the total?' is $9,628.80); a charge already included, or a share asked,
declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_people_at_a_price_per_head_with_a_service_charge():
    answer = await solved("120 guests, the caterer charges $68 per head plus an 18% service charge. What's the total?")
    assert answer["result"] == pytest.approx(9628.8)


async def test_a_charge_already_included_declines():
    await refused("120 guests, the caterer charges $68 per head including an 18% service charge. What's the total?")
