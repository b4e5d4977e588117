"""The profit on a thing bought and sold with a percentage charged on one side: 'I paid £45 for it at auction plus 25%
buyer's premium' and sold it for £180 → £123.75; a charge of no size, a second charge or a loss declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_buyers_premium_is_part_of_the_cost():
    request = (
        "Sold a signed Pratchett for £180 today! I paid £45 for it at auction plus 25% buyer's premium. How much "
        "profit did I make on it?"
    )
    assert (await solved(request))["result"] == pytest.approx(123.75)


async def test_a_premium_of_no_size_declines():
    await refused("I paid £45 plus some buyer's premium and sold it for £180. What's my profit?")
