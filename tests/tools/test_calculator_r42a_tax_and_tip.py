"""A bill's tax and tip as the words place them: the tip asked of a party's meal is the tip, not a share; a price
each in a named currency ('450 rand each') is each one's, not a bill to split; a tip and a tax with no word of
which comes first, and a tax asked of money taken in (or told apart from the amount) with no word putting it on
top, are declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("How much should we tip? Lunch for three came to $64, and we tip 20%.", 12.80),
        ("table of 6, bill $210, tipping 15%, whats the tip", 31.50),
        ("The meal for the five of us cost €150. What's a 12% gratuity on that?", 18),
        ("Brunch for the four of us was $86.40; if we leave 18%, how much is the tip?", 15.552),
        ("Dinner for 8 came to $412. What would an 18% tip be?", 74.16),
    ],
)
async def test_the_tip_of_a_partys_meal_is_the_tip(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("$80 dinner plus 8% tax, then a 15% tip on the total after tax. What do I pay?", 99.36),
        ("$80 dinner plus 8% tax and a 15% tip on the pre-tax amount. Total?", 98.40),
        ("Takings were £1,440 plus VAT at 20%. How much VAT is that?", 288),
        ("The job comes to £1,440 ex VAT, VAT at 20%. How much is the VAT?", 288),
        ("What's 20% VAT on £1,440?", 288),
        ("Add 20% VAT to £1,440. How much VAT is that?", 288),
        ("Takings were £1,440 and VAT is 20%. What's the total with VAT added?", 1728),
        ("Dinner for 4 was $120 with a 15% tip, how much each?", 34.50),
        ("7 people at 450 rand each with 10% off. What's the total?", 2835),
        ("Dinner was 240 euros for 4 people with a 10% tip. How much each?", 66),
    ],
)
async def test_a_tax_or_tip_the_words_place_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Add 20% VAT and a 10% tip to £80. What's the total?",
        "£80 meal, 10% tip and 8% tax, total?",
        "Bill's $64, sales tax 9%, tip 20%. What do we pay altogether?",
        "Sales came to $5,000 and the tax rate is 8%. How much tax is that?",
        "The till took £2,400 today. VAT's 20%. What's the VAT?",
        "Turnover for the quarter was £36,000 and VAT is 20%, how much VAT do I owe?",
        "Our restaurant's takings are €9,000; VAT is 13.5%. How much VAT?",
        "The invoice is £1,440 and VAT is 20%. How much VAT is that?",
        "How much VAT is in £11.50 at 20%?",
        "How much of the £30 is GST at 10%?",
        "Dinner for 4 was $120. How much is the 15% tip per person?",
        "Bill for 4 was £92 with a 10% tip, how much tip and how much each?",
        "7 people at 450 rand each with 10% off. How much each?",
    ],
)
async def test_a_tax_or_tip_the_words_do_not_place_is_declined(request_text: str):
    await refused(request_text)
