"""A dash between a word and the numbers it introduces is a pause, never a minus sign on the first number."""

from __future__ import annotations

import pytest

from tests.tools.conftest import solved


@pytest.mark.anyio
async def test_a_dash_before_a_list_of_prices_leaves_the_first_price_positive():
    reply = await solved("What's the average of these asking prices - £210,000, £235,000, £199,950 and £240,000?")
    assert reply["result"] == 221237.5


@pytest.mark.anyio
async def test_an_en_dash_before_a_list_is_a_pause():
    assert (await solved("Mean of these numbers – 4, 6, 8"))["result"] == 6


@pytest.mark.anyio
async def test_a_dash_between_numbers_still_subtracts():
    assert (await solved("What is 10 - 4"))["result"] == 6
    assert (await solved("What is 5 kg - 2 kg"))["result"] == 3
