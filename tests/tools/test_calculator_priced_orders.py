"""A price said first and the count ordered after it ('Gaffer tape is $8.75 a roll and we need 36 rolls') is one
line '36 rolls at $8.75 each', on which a discount and a tax are taken in turn; a count of another thing declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_price_then_the_count_ordered_with_a_discount_then_a_tax():
    answer = await solved(
        "Gaffer tape is $8.75 a roll and we need 36 rolls. The supplier takes 12% off for bulk, then there's 8.25% "
        "sales tax. What's the total?"
    )
    assert answer["result"] == pytest.approx(300.07, abs=0.01)


async def test_a_price_before_vat_with_the_vat_added_later():
    answer = await solved(
        "Casks are £68.50 each before VAT. We're ordering 24 and the cooperage gives us 10% trade discount, then 20% "
        "VAT on top. What's the total?"
    )
    assert answer["result"] == pytest.approx(1775.52, abs=0.01)


async def test_a_count_of_another_thing_is_declined():
    await refused("Casks are £68.50 each. We need 24 hoops. What's the total?")
