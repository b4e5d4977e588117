"""Paraphrases of stated conversion factors and of parties doing what the story tells, with the near-misses that
must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Convert 2.5 terabytes to gigabytes for the backup report, using 1 TB = 1,000 GB.", 2500),
        ("Convert 2.5 TB to GB using 1 TB = 1,000 GB", 2500),
        ("How many MB is 3.2 GB, using 1,000 MB per GB?", 3200),
        ("Convert 5 miles to km (1 mile = 1.609344 km)", 8.04672),
        ("What is 4 kg in grams, taking 1 kg = 1,000 g?", 4000),
        ("My wife and I are driving 280 miles to the Lakes at an average of 56 mph. How many hours will it take?", 5),
        ("Me and two mates walked 14 miles in 5 hours. What was our average speed?", 2.8),
        ("My son and I drove 300 km in 4 hours. What was our average speed?", 75),
    ],
)
async def test_stated_factor_and_party_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Convert 2.5 TB to GB using 1 TB = 1,024 GB",
        "How many MB is 3.2 GB, using 1,024 MB per GB?",
        "Convert 5 miles to km (1 mile = 1.6 km)",
        "My wife and I are driving 280 miles. How many hours will it take?",
    ],
)
async def test_stated_factor_and_party_near_misses(request_text: str):
    await refused(request_text)
