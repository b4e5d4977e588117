"""A fee at a percentage said of the price, then flat charges: the fee of the price alone, the charges added."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_booking_fee_on_the_ticket_price_then_postage():
    reply = await solved(
        "A concert ticket is £45, there's a 10% booking fee on the ticket price, and then £2.50 for postage. "
        "What's the total?"
    )
    assert reply["result"] == 52


@pytest.mark.anyio
async def test_a_fee_said_of_nothing_declines():
    await refused("A jacket costs £60 plus 5% card fee and £4 delivery. What's the total?")
