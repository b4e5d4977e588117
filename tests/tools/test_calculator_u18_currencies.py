"""Amounts in a currency written with letters before them — a dollar led by its country ('NZ$1,150', 'A$2,340',
'US$40') and rupees as 'Rs 40,000' — and number words with 'and' before a hyphenated tens ('three hundred and
forty-five'); a price worked back from an invoice ('Invoice total is £1,854 including VAT at 20%. What's the net
figure?'); interest on a fixed deposit."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result", "shown"),
    [
        ("The invoice total of NZ$1,150 includes 15% GST. What was the price before GST?", 1000, "NZD"),
        ("A$2,340 split 8 ways", 292.5, "AUD"),
        ("what's 15% of NZ$80", 12, "NZD"),
        ("C$120 minus 20%", 96, "CAD"),
        ("US$ 40 times 3", 120, "$"),
        ("12% of Rs 85,000", 10200, "₹"),
        ("simple interest on Rs.40,000 at 7% for 3 years", 8400, "₹"),
        ("I lent my nephew Rs 40,000 at 7% simple interest per annum for 3 years. How much interest will he owe me?",
         8400, "₹"),
    ],
)  # fmt: skip
async def test_a_currency_written_before_its_amount_is_read(request_text: str, result: float, shown: str):
    reply = await solved(request_text)
    assert reply["result"] == pytest.approx(result)
    assert shown in reply["answer"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Invoice total is £1,854 including VAT at 20%. What's the net figure before VAT?", 1545),
        ("Invoice total is £1,854 including VAT at 20%. What's the net figure?", 1545),
        ("The receipt says $64.80 including 8% sales tax. What was the price before tax?", 60),
        ("My builder's quote is £6,000 including VAT at 20%. What is it before VAT?", 5000),
        ("The invoice is £600 including 20% VAT. What's the net?", 500),
        ("The bill came to €121 including 10% service charge. What was the bill before the service charge?", 110),
        ("Invoice total is £1,854 including VAT at 20%. How much of that is VAT?", 309),
    ],
)
async def test_an_invoice_total_is_worked_back_to_its_net(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I put twelve thousand rupees in a fixed deposit at 7% simple interest for three years. How much interest?",
         2520),
        ("I put Rs 50,000 in an FD at 6.5% simple interest for 2 years. How much interest?", 6500),
        ("Can you tell me what $8,000 grows to at 4.5% a year compounded annually over 6 years?", 10418.08),
        ("what £5,000 grows to at 3% compounded annually over 2 years", 5304.5),
    ],
)  # fmt: skip
async def test_a_deposit_earns_its_interest(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Invoice total is £1,854 with VAT at 20%. What's the net figure?",  # is the £1,854 before or after VAT?
        "My gross pay is £3000 and tax is 20%. What's my net pay?",  # net pay is after the tax, not with it added
        "Invoice total is £1,854. What's the net figure before VAT?",  # no rate
        "The invoice total of NZ$1,150 plus 15% GST. What was the price before GST?",
        "a$5 coffee times 3 for the team",
        "XY$40 plus 5",
    ],
)
async def test_an_amount_unclear_before_or_after_its_tax_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Three hundred and forty-five times twenty-eight?", 9660),
        ("two thousand and twenty-one minus five", 2016),
        ("one hundred and ninety-nine divided by three", 199 / 3),
        ("what's a hundred and twenty-five plus seventy-five", 200),
        ("six hundred and thirty-two times two", 1264),
        ("nine hundred and ninety-nine plus one", 1000),
    ],
)
async def test_and_before_a_hyphenated_tens_is_part_of_the_number(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize("request_text", ["three hundred and forty-five and", "a hundred and twenty-five plus"])
async def test_a_number_phrase_cut_short_is_declined(request_text: str):
    await refused(request_text)
