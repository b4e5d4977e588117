"""Paraphrases of a time until a cost is paid back asked in whole units (rounded up: it is not paid back before),
and near-misses where whole units are asked of a time that is not one until an amount is reached."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Machine cost £3,200 and makes £28 a day clear. How many days before it's paid for itself? whole days", 115),
        ("Bought a coffee cart for $5,000, it clears $140 a day. How many whole days till it pays for itself?", 36),
        ("New oven R18,500, saves R410 a day. How many whole days to pay it back?", 46),
        ("the kiln cost €2,300 and nets €95 a day; how many full days for it to pay for itself", 25),
    ],
)
async def test_whole_units_until_paid_back_round_up(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Machine cost £3,200 and makes £28 a day. How many days is that? whole days",
        "Van cost R64,000, it brings in R1,700 a week. How many weeks? whole weeks only",
        "Machine cost £3,200 and makes £28 a day. Days until it pays for itself, in whole days, and a year's takings?",
        "Loan of £3,200 paid at £28 a day. How many days? whole days",
    ],
)
async def test_whole_units_with_no_way_to_round_are_declined(request_text: str):
    await refused(request_text)
