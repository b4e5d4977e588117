"""A step sent alone in the user's own order: a statement and its ask joined by a dash, a 'per-pupil cost', a
supply of so many days at a daily rate, months of rent,
the bill asked before its givens, a count 'times' a price and a dose to measure from a concentration."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_dash_before_the_ask_reads_as_a_full_stop():
    assert (await solved("Our annual software licence is $4,188 - work out the monthly cost"))["result"] == 349


async def test_a_per_hyphen_cost_is_the_cost_per_head():
    reply = await solved("Calculate the per-pupil cost if the £9,360 trip is shared by 78 pupils")
    assert reply["result"] == 120


async def test_a_supply_of_days_at_a_daily_rate():
    assert (await solved("Calculate a 28 day supply at 3 tablets daily"))["result"] == 84
    await refused("Calculate a 28 day supply at 3 tablets weekly")


async def test_a_count_times_a_price_with_its_purpose():
    assert (await solved("Calculate 143 guests times $4.75 for favours"))["result"] == pytest.approx(679.25)


async def test_a_dose_measured_from_a_concentration():
    reply = await solved("Convert 220 milligrams to mL using a 120 mg/5 mL suspension")
    assert reply["result"] == pytest.approx(220 * 5 / 120)
    await refused("Convert 220 milligrams to mL using a suspension")


async def test_periods_of_a_recurring_payment_less_an_agent_fee():
    assert (await solved("Work out 12 months of £875 rent minus a 10% agent fee"))["result"] == 9450
    await refused("Work out 3 years of £500 savings")


async def test_the_bill_asked_before_its_givens():
    assert (await solved("Work out the bill for 3 nights at £145 a night plus 20% VAT"))["result"] == 522
