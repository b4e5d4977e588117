"""A count of things said per a unit of a measure other than time ('4 bags per hectare', '5 tins/m2'): a rate of
use, never a count bought, so a request that does not give the measure's amount is declined; plain counts and
counts per a stretch of time are still read."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Urea is ₱1,625 a bag and I need 4 bags. How much?", 6500),
        ("Bought 3 bags of urea at ₱1,625 a bag. How much did I spend?", 4875),
        ("Seed is $45 a sack and we got through 3 sacks a week. How much a week?", 135),
    ],
)
async def test_counts_bought_or_used_over_time_are_read(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Lime is £6.20 a bag and the agronomist says 2 bags per acre. What will the paddock cost?",
        "We sow 3 sacks an acre and seed is $45 a sack. Cost for the back field?",
        "fert 4 bags/ha @ ₱1,625 a bag. total for my farm?",
        "The spec is 2 posts per metre and posts are £7 each. Total for the fence?",
        "Recommended rate is 5 tins per square metre at £3 a tin. How much for the floor?",
        "Fertiliser costs ₱1,625 a bag, the co-op recommends 4 bags per hectare. What's the bill for the farm?",
    ],
)
async def test_a_count_per_a_measure_not_given_is_declined(request_text: str):
    await refused(request_text)
