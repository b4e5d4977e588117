"""Offers priced one by one ('the price per pot of each', 'per 100g of each') or one offer asked by its amount ('the
price per litre of the 100L bag'), prices with no currency included; an offer not named, or a container of many,
declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_each_offer_is_priced_per_pot():
    answer = await solved(
        "Supermarket question: 6 yoghurts for 2.70 or 4 yoghurts for 1.96. What's the price per pot of each?"
    )
    assert "0.45 per pot" in answer["answer"] and "0.49 per pot" in answer["answer"]


async def test_the_offer_named_by_its_amount_is_priced():
    answer = await solved("Compost is £6.49 for 50L or £10.99 for 100L. What's the price per litre of the 100L bag?")
    assert answer["result"] == pytest.approx(0.1099)


async def test_an_offer_not_named_declines():
    await refused("Compost is £6.49 for 50L or £10.99 for 100L. What's the price per litre?")


async def test_a_price_of_one_is_not_an_offers_price():
    await refused("6 yoghurts for £2.70 or 4 yoghurts at £1.96 each. Which is cheaper?")
