"""Round table: crews and groups at a price per man or head per period, with charges on top; near-misses."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("It's 3 days for 4 of us at $200 per man per day, plus $300 skip hire. What's the total?", 2700),
        ("Two nights for 5 of us at €40 a head per night, plus a €25 cleaning fee. What's the total?", 425),
        ("3 men for 2 days at £180 per man per day, plus £150 hire. What's the total?", 1230),
    ],
)
async def test_per_man_per_day_lines(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Job is 2 days for 3 of us at £180 per man per day, plus £150 chipper hire, plus VAT. What's the total?",
        "It's 2 days for 3 of us at £180 per man per day, plus £150 hire. What's the total per man?",
    ],
)
async def test_per_man_per_day_near_misses_decline(request_text: str):
    await refused(request_text)
