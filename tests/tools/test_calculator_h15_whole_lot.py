"""A tax, tip or discount said of 'the whole lot', 'the entire bill', 'the whole thing' after several amounts: of all
of them ('£240 labour plus £85.50 in parts, VAT at 20% on the whole lot' is £390.60). 'The whole sofa' is one line,
and a base that is one line among several is not guessed."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Did a job today: £240 labour plus £85.50 in parts, and I have to add VAT at 20% on the whole lot. "
            "What's the total I bill the customer?",
            390.60,
        ),
        (
            "Busy day. £95 call-out plus £60 in parts, VAT at 20% on the entire bill. How much does the customer pay?",
            186,
        ),
        ("$1,200 labour and $430 materials, plus 8% tax on the whole lot. What's the total?", 1760.40),
        (
            "Finished a bathroom refit: $1,200 labour and $430 materials, plus 8% tax on the whole lot. "
            "What do I invoice?",
            1760.40,
        ),
        ("Catering job: €600 food and €150 staff, add 21% VAT on the whole thing. Total?", 907.50),
        ("Pizza £14, wine £22, 12.5% service on the whole thing. what's the bill?", 40.50),
        ("A $400 sofa and a $100 chair, 10% off the whole lot. What do I pay?", 450),
        ("Fixed a leak: £80 labour plus £35.20 parts, and I need to add VAT at 20% on the lot. total to bill?", 138.24),
    ],
)
async def test_a_percentage_on_the_whole_lot_is_of_every_amount(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "A $400 sofa and a $100 chair, 10% off the whole sofa. What do I pay?",  # one line, said as a whole
        "A $400 sofa and a $100 chair, 8% tax on the whole sofa. What do I pay?",
        "£240 labour plus £85.50 in parts, and VAT at 20% on the whole labour. What's the total?",
        "£240 labour plus £85.50 in parts, and VAT at 20% on the whole lot except the parts. What's the total?",
    ],
)
async def test_a_percentage_on_one_whole_line_is_declined(request_text: str):
    await refused(request_text)
