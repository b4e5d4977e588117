"""A price per man (or a head) per day for a crew counted as 'of us': 'It's 2 days for 3 of us at £180 per man per
day, plus £150 chipper hire and £90 in tip fees. What's the total before VAT?' → £1,320."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_crew_at_a_price_per_man_per_day():
    request = (
        "Quote for the Harrisons. It's 2 days for 3 of us at £180 per man per day, plus £150 chipper hire and £90 "
        "in tip fees. What's the total before VAT?"
    )
    assert (await solved(request))["result"] == pytest.approx(1320)


async def test_two_counts_of_people_decline():
    await refused("2 days for 3 of us and 2 apprentices at £180 per man per day, plus £150 hire. What's the total?")
