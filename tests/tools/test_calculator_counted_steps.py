"""Steps sent alone in the user's own words: a count with the time each takes at an hourly rate, 'what X comes to',
'in kg' after the givens, and things counted by 'of them'."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_count_of_things_each_taking_hours_at_an_hourly_rate():
    assert (await solved("Work out 4 extra stagehands for 6 hours at £15.20 an hour"))["result"] == pytest.approx(364.8)
    assert (await solved("Work out the total hall hire for 3 sessions of 2.5 hours at £16 an hour"))["result"] == 120


async def test_what_the_givens_come_to_and_in_a_unit():
    assert (await solved("Work out what 34 people at £4.20 each for the swimming trip comes to"))["result"] == (
        pytest.approx(142.8)
    )
    assert (await solved("Work out 46 portions of salmon at 150 g each in kg"))["result"] == pytest.approx(6.9)


async def test_things_counted_by_of_them():
    solution = await solved(
        "Each of the big vases holds 1.5 litres and I've got 26 of them for the gala dinner. How many litres of "
        "water do I need to lug over there?"
    )
    assert solution["result"] == 39
    await refused("Each of the vases holds 1.5 litres and 3 of them are cracked. How many litres?")
