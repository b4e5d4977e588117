"""A sale price in a shopkeeper's words: 'Half-price sale this weekend, everything 50% off, and loyalty card holders
get a further 10% off the sale price. A book that's normally £16, what does a loyalty customer pay?' → £7.20. A
'half-price' that is not said again as 50% off is a cut of its own, never set aside as scene."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_half_price_said_again_as_fifty_percent():
    request = (
        "Half-price sale this weekend, everything 50% off, and loyalty card holders get a further 10% off the sale "
        "price. A book that's normally £16, what does a loyalty customer pay?"
    )
    assert (await solved(request))["result"] == pytest.approx(7.2)


@pytest.mark.parametrize(
    "request_text",
    [
        "Half-price sale this weekend, and loyalty card holders get a further 10% off. A book is normally £16. What "
        "does a loyalty customer pay?",
        "Half-price sale this weekend, and loyalty card holders get a further 50% off. A book is normally £16. What "
        "does a loyalty customer pay?",
    ],
)
async def test_half_price_as_its_own_cut_is_never_dropped(request_text: str):
    await refused(request_text)
