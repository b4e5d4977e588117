"""A share asked of an amount said per period is that period's share; a price kept 'at the same price each' scales."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_monthly_rent_shared_equally_is_each_ones_month():
    reply = await solved(
        "Rent is £1,150 a month and there are three of us sharing equally. How much does each flatmate pay?"
    )
    assert reply["result"] == pytest.approx(383.33, abs=0.01)
    assert "month" in reply["answer"]


@pytest.mark.anyio
async def test_the_same_price_each_scales_to_the_count_asked():
    reply = await solved("Three notebooks cost $7.35. At the same price each, how much would 8 notebooks cost?")
    assert reply["result"] == pytest.approx(19.6)


@pytest.mark.anyio
async def test_a_share_with_a_period_of_its_own_is_not_carried():
    await refused("Rent is £1,150 a month and there are three of us. How much does each pay in a year?")
