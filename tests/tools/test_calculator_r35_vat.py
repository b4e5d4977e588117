"""Round 35: the gross price with its VAT, and a share or total asked with its charge included, after every amount;
an amount said to be gross or to include the charge, and a gross price beside a discount, decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Add 20% VAT to £1,249.99 - what's the gross price?", 1499.988),
        ("£85 plus 20% VAT, what's the gross price?", 102),
        ("Add 15% GST to $400 - gross total?", 460),
        ("Add VAT at 20% to £1,845 for the new projector", 2214),
        ("Lunch bill is $86.40, we want to tip 15% and split it between 4 people. How much each, tip included?", 24.84),
        ("Dinner came to £120, we'll tip 10% and split it 3 ways. How much each, tip included?", 44),
        ("Bill is $60 and we add a 20% tip. What's the total, tip included?", 72),
        (
            "I'm borrowing €15,000 at 6% simple interest for 30 months. What's the total I repay, interest included?",
            17250,
        ),
        (
            "I'm borrowing €15,000 at 6% simple interest for 30 months. What's the total I repay, including interest?",
            17250,
        ),
        ("I borrowed £8,000 at 5% simple interest for 2 years. How much do I pay back, interest included?", 8800),
        ("$2,000 invested at 4% compound interest for 3 years. What's it worth, interest included?", 2249.728),
        ("I borrow £10,000 at 6% over 5 years. What's the monthly payment, interest included?", 193.328015),
        ("Car loan of $18,000 at 4.5% over 4 years - monthly repayment including interest?", 410.462749),
    ],
)
async def test_the_charge_is_added(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "£120 gross with 20% VAT. What's the price?",
        "£100 with 20% off and 20% VAT. What's the gross price?",
        "Add 20% VAT to £1,249.99 - what's the net price?",
        "Lunch bill is $86.40 tip included, we want to tip 15% and split it between 4 people. How much each?",
        "I owe £5,000 including interest at 5% for 2 years. What's the total?",
        "I borrow £10,000 including fees at 6% over 5 years. What's the monthly payment?",
    ],
)
async def test_a_charge_that_may_be_in_the_amount_declines(request_text: str):
    await refused(request_text)
