"""A conversion factor said with the request that is the calculator's own ('using 1 TB = 1,000 GB') adds no number,
and a party that does what the story tells ('My wife and I are driving ...') is 'we', not a count of people."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Convert 2.5 terabytes to gigabytes for the backup report, using 1 TB = 1,000 GB.", 2500),
        ("My wife and I are driving 280 miles to the Lakes at an average of 56 mph. How many hours will it take?", 5),
    ],
)
async def test_stated_factors_and_parties(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
async def test_a_factor_other_than_the_calculators_declines():
    await refused("Convert 2.5 TB to GB using 1 TB = 1,024 GB")
