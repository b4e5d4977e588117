"""One period said after a list of amounts is every amount's: the list is totalled for the periods asked, or the
request declined — never the last amount alone taken as the rate."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_a_weekly_list_over_a_number_of_weeks_multiplies_every_amount():
    reply = await solved(
        "The kids get £5, £7.50 and £6 pocket money each week. How much is that altogether over 52 weeks?"
    )
    assert reply["result"] == 962


@pytest.mark.anyio
async def test_a_monthly_list_over_months_multiplies_every_amount():
    reply = await solved("We pay £40, £25 and £12 a month for phone, broadband and streaming. How much over 12 months?")
    assert reply["result"] == 924


@pytest.mark.anyio
async def test_two_amounts_before_one_period_are_declined():
    await refused("We pay £40 and £25 a month. How much over 12 months?")
