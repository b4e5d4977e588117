"""A price with a discount and a tax, told in a story ('Fella bought a stock trailer listed at $14,800, we knocked 6%
off, then 6.25% Texas sales tax on the discounted price. What does he owe?'): the price less the discount, plus the
tax on what is left. A price holding its tax already, a tax on the original price, a part asked instead of the total,
or anything said of only some of the things leaves the request declined."""

from __future__ import annotations

import pytest

from servers.tools.calculator.discounted_totals import as_listed
from servers.tools.calculator.tokens import tokenize
from tests.tools.conftest import solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "A customer wants 5 leather journals, 64 € netto each. She gets 10 % discount and then 19 % MwSt comes "
            "on top. What is the brutto total, bitte?",
            342.72,
        ),
        (
            "Fella bought a stock trailer listed at $14,800, we knocked 6% off, then 6.25% Texas sales tax on the "
            "discounted price. What does he owe?",
            14781.50,
        ),
        ("Wedding cake order is $640. I give them 15% off and 8% sales tax goes on. Total to charge?", 587.52),
        ("Three lamps at £45 apiece, 20% discount, then VAT of 20%. What do they owe?", 129.60),
        ("Garden chairs 12 at €30 per chair, 5% korting, 21% BTW on top. Total incl. BTW?", 413.82),
    ],
)
async def test_a_discount_and_a_tax_in_a_story_make_one_total(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Jacket is £120 including 20% VAT, 10% off. What's the total?",  # the tax is in the price already
        "Jacket is £120 brutto, 10% off, then 19% MwSt. What is the total?",
        "Jacket is £120, 10% off, then 20% VAT on the original price. What is the total?",
        "Jacket is £120, 10% off, then 20% VAT on top. How much is the VAT?",  # a part, not the total
        "Jacket is £120, 10% off, then 20% VAT on top. How much is the discount on the total?",
        "Jacket is £120, 10% off, then 20% VAT on top. What is the total for each of us?",
        "5 shirts at £20 each, 10% off 2 of them, then 20% VAT. What is the total?",  # some of the things
        "Jacket is £120, 10% off for members, then 20% VAT. What is the total?",
        "Shirts $20 each, I buy 3. 10% discount on the dearest shirt, then 8% tax. How much do I pay?",
        "Boxes at £12 each, I buy 4, 20% off the first box, then 20% VAT. What is the total?",
        "Dinner is £120, 10% off, then 12.5% service. What is the total?",  # a service charge, not a tax
        "Jacket is £120, 10% off, then 20% off. What is the total?",  # two discounts, no tax
        "Jacket is £120 and boots £80, 10% off, then 20% VAT. What is the total?",
        "42 m of pipe at £4 each, 10% off, then 20% VAT. What is the total?",  # a length, not a count
    ],
)
def test_a_discount_and_a_tax_the_story_does_not_settle_are_not_restated(request_text: str):
    assert as_listed(request_text, tokenize(request_text)) is None
