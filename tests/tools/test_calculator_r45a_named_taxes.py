"""Paraphrases of a tax on an amount named as an invoice ('GST at 18% on an invoice value of ₹4,75,600' is the GST),
of sales taxes by their local names (Jamaica's GCT, Dutch BTW) and of amounts in krónur and Jamaican dollars; and
near-misses with a tax without its rate, a second amount, a second tax or a discount."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Kindly calculate the GST at 18% on an invoice value of ₹4,75,600 for the Dubai consignment.", 85608),
        ("Please work out the VAT at 20% on an invoice of £2,400.", 480),
        ("what's GST at 10% on an invoice value of A$3,150", 315),
        ("GST at 18% on an invoice of ₹4,75,600. What is the total including GST?", 561208),
        ("GCT is 15%. Mi supplier bill is J$48,000 before GCT. Wha di total?", 55200),
        ("GCT at 15% on a J$48,000 supplier bill, what's the total?", 55200),
        ("BTW 21% on €1,200. What is the total?", 1452),
        ("Tomatoes: 340 kilos at 620 ISK a kilo, plus 11% VAT. What's the total?", 233988),
        ("Split 84,600 ISK between 6 people", 14100),
        ("J$3,100 split between 4 of us", 775),
    ],
)
async def test_a_tax_or_an_amount_by_its_local_name(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "VAT on an invoice of £2,400",
        "VAT at 20% on an invoice of £2,400 and on a second invoice of £600",
        "VAT at 20% on an invoice of £2,400 less a 5% discount",
        "Supplier bill J$48,000 and GCT. What is the total?",
        "GCT is 15% and the GST is 5%. The bill is J$48,000 before tax. Total?",
    ],
)
async def test_a_named_tax_without_its_rate_or_with_more_is_declined(request_text: str):
    await refused(request_text)
