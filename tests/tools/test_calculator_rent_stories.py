"""Rent stories: a month's rent prorated to the days stayed, weeks of weekly rent, monthly rents listed and totalled
for a year, and what a landlord keeps after the agent's cut and the property's costs."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Rent is £1,080 for a 30-day month. The tenant stayed 18 days. What's the pro-rated rent?", 648),
        ("Rent is £1,300 per calendar month. Weekly rent is monthly rent x 12 / 52, and the deposit is 5 weeks of "
         "weekly rent. How much is the deposit?", 1500),
        ("Three flats pay £725, £810 and £690 a month. What's the total annual rent?", 26700),
        ("Landlord sums: rent in is 1,650 a month, the letting agent keeps 12% of the rent, and my mortgage is 1,200 "
         "a month. What's left each month?", 252),
    ],
)  # fmt: skip
async def test_rent_stories_are_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Three flats pay £725, £810 and £690 a month. What's the average rent?",
        "Rent is £1,650 a month, the letting agent keeps 12% of the rent, and my mortgage is £1,200. What's left each "
        "month?",
        "Rent is £1,080 for a 30-day month. The tenant stayed 18 days. What's the rent?",
    ],
)
async def test_rent_stories_not_told_in_full_are_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
