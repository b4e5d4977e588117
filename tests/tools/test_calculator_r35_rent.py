"""Paraphrases of rent stories: prorated rent, weeks of weekly rent, listed rents totalled, and a landlord's net."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Rent is £1,080 for a 30-day month. The tenant stayed 18 days. What's the pro-rated rent?", 648),
        ("Rent is $1,500 for a 31-day month and she stayed 10 days. What's the prorated amount?", 483.87),
        ("Monthly rent is €900 for a 30 day month and they stayed 12 days. How much is the prorated rent?", 360),
        ("Rent is £1,300 per calendar month. Weekly rent is monthly rent x 12 / 52, and the deposit is 5 weeks of "
         "weekly rent. How much is the deposit?", 1500),
        ("Rent is £950 a month. Weekly rent is monthly x 12 / 52 and the deposit is 6 weeks of the weekly rent. "
         "What is the deposit?", 1315.38),
        ("The deposit is 5 weeks of weekly rent and rent is £1,100 pcm. How much is the deposit?", 1269.23),
        ("Three flats pay £725, £810 and £690 a month. What's the total annual rent?", 26700),
        ("Three flats pay £725, £810 and £690 a month. What's the total rent a month?", 2225),
        ("My three subscriptions cost $7, $10 and $12 a month. How much is that a year?", 348),
        ("We pay £40, £25 and £18 a week for childcare, cleaning and the gardener. How much altogether in a year?",
         4316),
        ("Two units let for €1,200 and €950 per month. What is the combined yearly rent?", 25800),
        ("Our four bills are £60, £45, £30 and £22 per quarter. What's the total per year?", 628),
        ("Landlord sums: rent in is 1,650 a month, the letting agent keeps 12% of the rent, and my mortgage is 1,200 "
         "a month. What's left each month?", 252),
        ("Rent is $2,000 per month. The property manager takes 10% and the mortgage is $1,300 per month. What's my "
         "profit each month?", 500),
        ("I let my flat for £950 a month; the agency charges 15% and the mortgage is £600 a month and insurance £30 "
         "a month. How much do I clear a year?", 2130),
        ("Rent of €400 a week, agent takes 8%, loan repayment €250 a week. What's left per week?", 118),
        ("Rent £1,100 a month, letting agent 10%, mortgage £700 a month, service charge £90 a month. What's the net "
         "each month?", 200),
    ],
)  # fmt: skip
async def test_rent_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Rent is £1,080 for a 30-day month. The tenant stayed 40 days. What's the pro-rated rent?",
        "Rent is £1,080 for a 30-day month. The tenant stayed 18 days and paid a £100 fee. What's the pro-rated rent?",
        "Rent is £1,300 per calendar month. Weekly rent is monthly rent x 12 / 50, and the deposit is 5 weeks of "
        "weekly rent. How much is the deposit?",
        "Rent is £1,300 per calendar month. The deposit is 5 weeks of weekly fees. How much is the deposit?",
        "Two flats pay £725, £810 and £690 a month. What's the total annual rent?",
        "Three flats pay £725, £810 and £690 a month, and one is empty for 2 months. What's the total annual rent?",
        "Three flats pay £725 a month, £810 and £690 a week. What's the total annual rent?",
        "Three flats pay £725, £810 and £690 a month. What's the total rent each week?",
        "Three flats pay £725, £810 and $690 a month. What's the total annual rent?",
        "Rent is £1,650 a month, the letting agent keeps 12% of the rent, and my mortgage is £1,200 a month. What's "
        "left each week?",
        "Rent is £1,650 a month, the letting agent keeps 12% of the rent, and my mortgage is £1,200 a month. I pay 20% "
        "tax. What's left each month?",
        "Rent is £1,650 a month, the letting agent keeps 12% of the rent, and my mortgage is $1,200 a month. What's "
        "left each month?",
        "Rent is £1,650 a month, the letting agent keeps 12% of the rent, and a one-off repair is £1,200. What's left "
        "each month?",
        "Rent is £1,650 a month, the letting agent keeps 12% of the rent, and my mortgage is £1,200 a month. What's "
        "the agent's cut?",
    ],
)
async def test_rent_near_misses_are_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
