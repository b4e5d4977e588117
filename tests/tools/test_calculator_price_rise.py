"""A change still to come, said in its own sentence before the amount it applies to ('My prices go up 8% in
January. A full groom is $65 now'), is applied to that amount."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_rise_announced_first_applies_to_the_price_now():
    reply = await solved("My prices go up 8% in January. A full groom is $65 now, what will it be?")
    assert reply["result"] == 70.2


@pytest.mark.anyio
async def test_a_past_rise_before_a_price_now_is_declined():
    await refused("Prices rose 10%. A loaf is $2.20 now. What will it be?")


@pytest.mark.anyio
async def test_a_price_after_a_cut_is_not_cut_again():
    await refused("After 20% off it costs $48. What was the price?")


@pytest.mark.anyio
async def test_a_price_said_with_its_cut_before_it_is_not_cut_again():
    await refused("The sofa was £680 with a 15% discount. How much did it cost?")
