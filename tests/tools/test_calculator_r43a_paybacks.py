"""How many periods of profit pay back what a thing cost ('it makes £950 profit a month. How many months to get my
money back?'), and amounts in Kenyan shillings written 'KSh 80'; near-misses ask in another period, take a
further cost off, ask a second question or repay a loan."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I bought the van for £34,200 and it makes £950 profit a month. How many months to get my money back?", 36),
        ("The van cost £34,200. It earns £950 a month. How many months to earn back the cost?", 36),
        ("The coffee machine cost $4,800 and it brings in $350 a week. How many weeks until it pays for itself?", 14),
        ("Paid KSh 1,250,000 for the bikes; they make KSh 48,000 a month profit. How many months to recover it?", 27),
        ("Driver takes 12% of the day's collection. Collection today was KSh 9,850. How much is his cut?", 1182),
        ("Bought 3 tyres at Ksh.8,500 each. Total?", 25500),
    ],
)
async def test_periods_to_pay_back_and_shillings(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "The van cost £34,200 and makes £950 a month. How many weeks to get my money back?",
        "The van cost £34,200 and makes £950 a month, less £100 insurance. How many months to get my money back?",
        "The van cost £34,200 and makes £950 a month. How many months to get my money back, and what's the profit "
        "after a year?",
        "The van cost £34,200 and I owe £950 a month on it. How many months to pay back the loan?",
        "The van cost £34,200 and makes 12% a year. How many years to get my money back?",
    ],
)
async def test_a_payback_that_is_not_the_quotient_is_declined(request_text: str):
    await refused(request_text)
