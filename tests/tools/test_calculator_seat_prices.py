"""A price per user per month for a count of users, asked for another period ('45 licences at $12.50 per user per
month. What's that per year?'), is the price over every user and every month of that period."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_price_per_user_per_month_asked_per_year():
    request = "We need 45 Microsoft licences at $12.50 per user per month. What's that per year?"
    assert (await solved(request))["result"] == pytest.approx(6750)


@pytest.mark.anyio
async def test_weeks_do_not_make_a_month_evenly():
    await refused("45 users at $12.50 per user per week. What's that per month?")
