"""Paraphrases of a rate asked by the noun of what was done to the one thing counted, and near-misses: another
thing named, two things counted, a count of workers besides."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The line packed 960 cases in 8 hours. How many packs per hour?", 120),
        ("Scanned 2,400 parcels over a 6 hour shift. What's that in scans per hour?", 400),
        ("Machine filled 4,800 bottles in 6 hours, how many fills per hour?", 800),
        ("Night shift picked 14,380 units in 7.5 hours. What's that in picks per hour?", 1917.33),
    ],
)
async def test_a_rate_named_by_what_was_done(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "We sold 300 tickets in 5 hours. How many customers per hour?",
        "We picked 14,380 units and 200 cases in 7.5 hours. How many picks per hour?",
        "We picked 14,380 units in 7.5 hours with 6 pickers. How many picks per hour?",
    ],
)
async def test_another_thing_or_more_counts_decline(request_text: str):
    await refused(request_text)
