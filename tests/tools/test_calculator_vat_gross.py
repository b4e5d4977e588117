"""A price asked with its charge after every amount ('what's the gross price?', 'how much each, tip included?',
'the total I repay, interest included?') is the price with the charge added; a charge said to be in an amount
already is not read that way."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_the_gross_price_is_the_price_with_vat():
    answer = await solved("Add 20% VAT to £1,249.99 - what's the gross price?")
    assert answer["result"] == pytest.approx(1499.988)


async def test_a_share_asked_tip_included_has_the_tip_added():
    answer = await solved(
        "Lunch bill is $86.40, we want to tip 15% and split it between 4 people. How much each, tip included?"
    )
    assert answer["result"] == pytest.approx(24.84)


async def test_a_total_repaid_interest_included_has_the_interest_added():
    answer = await solved(
        "I'm borrowing €15,000 at 6% simple interest for 30 months. What's the total I repay, interest included?"
    )
    assert answer["result"] == pytest.approx(17250)


async def test_an_amount_said_gross_declines():
    await refused("£120 gross with 20% VAT. What's the price?")
