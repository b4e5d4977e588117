"""Interest told inside a story: what the money is for ('a tractor note', 'a van loan') changes nothing in the sum,
and is let pass; a word that could change it (a fee, a share, a payment plan, a changing rate) is still refused.
A rate for each month, said right after the rate ('1.5% per month'), is twelve times that for a year."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Tractor note for $48,000 at 6.5% simple interest a year, for 2 years. How much interest is owed?", 6240),
        ("Boat loan 250 000 Kč, 8 % p.a. simple interest, 3 years. Total interest?", 60000),
        (
            "Loan of KES 400,000 at 12% per year simple interest, paid back after 30 months. What is the total to "
            "pay back, loan plus interest?",
            520000,
        ),
        (
            "Savings of €5.000,00 at 2% per year, interest added once a year (compound). How much after 3 years "
            "with no withdrawals?",
            5306.04,
        ),
        (
            "the bakery's oven loan of £8,000 is at 5% compound interest a year, what does it come to after 2 years "
            "if nothing's paid",
            8820,
        ),
        (
            "Compute the simple interest on a tractor loan of $30,000 at 4% per annum for 2 years. Only the "
            "interest amount is required.",
            2400,
        ),
        # the question's tail says which of the two is wanted: the total, not the interest
        ("simple interest on $1,200 at 5% a year for 3 years? I want the total", 1380),
    ],
)
async def test_interest_told_in_a_story_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Cattle note for $60,000 at 7.5% simple interest a year for 9 months, paid monthly. How much interest?",
        "Van loan of $20,000 at 6% simple interest for 3 years, minus a $500 fee. Total interest?",
        "Tractor note for $48,000 at 6.5% simple interest a year for 2 years, shared with my neighbour. How much "
        "interest do I pay?",
        "Orchard loan for $48,000 at 6.5% simple interest for 2 years, after the first year the rate doubles. "
        "Total interest?",
        "Orchard loan for $48,000 at 6.5% interest for 2 years. Total interest?",  # simple or compound?
    ],
)
async def test_a_word_that_changes_the_interest_is_still_refused(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Borrowed ₱42,350 from the cooperative at 1.5% per month simple interest for 5 months. How much "
            "interest will I pay?",
            3176.25,
        ),
        ("loan KSh 20,000 at 10% per month simple interest for 3 months. total to pay back?", 26000),
        ("$1,000 at 2% monthly simple interest for 6 months. How much interest?", 120),
        # 'Total interest how much?': the interest, totalled, not the loan with it
        ("Bank loan 15,000,000 tugrik, 1.8% per month simple interest, 10 months. Total interest how much?", 2700000),
        ("$1,000 at 2% per month compounded monthly for 6 months. Total?", 1126.16),
    ],
)
async def test_a_rate_for_each_month_is_read(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)


@pytest.mark.parametrize(
    "request_text",
    [
        "$1,000 at 2% per month compound interest for 6 months. Total?",  # compounded how often?
        "$1,000 at 2% per month compounded yearly for 2 years. Total?",
        "I deposit $500 per month at 5% compound interest for 10 years. Total?",  # a saving plan, not a rate
        "Borrowed $1,000 at 2% per month for 1 year. How much interest?",  # simple, or compounded monthly?
    ],
)
async def test_a_monthly_rate_compounded_otherwise_or_a_monthly_deposit_is_refused(request_text: str):
    await refused(request_text)
