"""A price for an area asked per unit of area, a bundle named by its count ('a 10-class pass'), and fuel economy
told of a vehicle and a week."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_house_price_per_square_foot():
    reply = await solved(
        "The Victorian semi is on at £420,000 and it's 1,400 square feet. What's the price per square foot?"
    )
    assert reply["result"] == 300


@pytest.mark.anyio
async def test_a_pass_named_by_its_classes_is_priced_per_class():
    assert (await solved("A 10-class pass at my studio is €135. What's that per class?"))["result"] == 13.5


@pytest.mark.anyio
async def test_a_lorry_s_week_of_miles_and_diesel_is_its_mpg():
    reply = await solved("One of my artics did 412 miles on 78 gallons of diesel this week. What's the mpg?")
    assert reply["result"] == pytest.approx(5.2821, abs=0.0001)


@pytest.mark.anyio
async def test_an_area_price_with_a_fee_declines():
    await refused("The flat is 70 square metres and costs £210,000 plus 2% fees. What is the price per square metre?")
