"""Paraphrases of an everyday bill reckoned by its kinds: a discount, tax, tip or service charge applied once to what
the rest comes to; a count said bare beside a price 'each'; lines of a bill each bought 'at' its own price; a rate
told of one of the things counted. Near-misses: a percentage of one line, a price with the tax in already, a
question before the tax, a second question, two lots bought, a number that counts nothing priced, prices crossed."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Hand-dyed scarves are €28 each. A boutique orders 15 scarves and I give them 12% off the whole order. "
            "How much do they pay?",
            369.6,
        ),  # fmt: skip
        ("Catering for 60 guests at £18.50 a head, plus 12.5% service charge. What's the total bill?", 1248.75),
        ("Bike repair: 3 tubes at $8.50 each and 2 tyres at $32 each. GST is 10% on top. How much do I charge?", 98.45),
        ("Bar tab is 6 pints at £5.40 each. We'll leave a 10% tip. What's the total?", 35.64),
        ("Porter rate Rs 2,000 per day, 4 porters for 9 days, plus 10% tip at the end. How much altogether?", 79200),
        ("A client orders 45 bottles at MX$480 each before IVA. The IVA is 16%. What's the total with IVA?", 25056),
        ("Samosas are Rs 25 each and I want 30. What's the total cost?", 750),
        ("Shirts $20 each, I buy 3. 10% discount, then 8% tax. How much do I pay?", 58.32),
        ("Kimbap ₩1,500 each, we take 12. Store gives 10% off, then 10% VAT on top. How much do we pay?", 17820),
        ("Coconut 35 baht each. I buy 40. Shop give 5% discount. Total pay?", 1330),
        (
            "Customer buy 5 metres of silk at ₺850 per metre and 2 metres of lining at ₺120 per metre. "
            "How much does she pay?",
            4490,
        ),  # fmt: skip
        ("Bought 3 kg of cardamom at $18 per kg plus 2 kg of cumin at $9 per kg. What did that cost?", 72),
        ("A sherpa costs Rs 3,000 a day. We need 4 sherpas for 10 days. What's the total cost?", 120000),
    ],
)
async def test_an_everyday_bill_is_reckoned(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Pizza £12 and 4 drinks at £3 each, 10% off the pizza. What's the total cost?",
        "Dinner for 4 at €22 each, service charge 10% included. What's the total?",
        "My gross pay is 40 hours at $18 an hour and tax is 20%. What's my pay?",
        "I did 7 grooms at $65 and 11 grooms at $15 today. What did I make?",
        "20 bikes at $180 per bike. 10% GST and 5% PST on top. What's the total?",
        "Shirts $20 each, I buy 3. 10% discount on the dearest shirt, then 8% tax. How much do I pay?",
        "40 pasties at £3.20 each, 20% VAT. What do I charge before VAT?",
        "The price is £40 a box including 20% VAT. I buy 3 boxes. What's the total with VAT?",
        "Bar tab is 6 pints at £5.40 each. We'll leave a 10% tip. How much change from £50?",
        "25 mangoes at 20 baht each, 10% discount. How much is the discount and what do I pay?",
        "My wage is £12 an hour for 38 hours a week and income tax is 20%. What do I get paid?",
        "Coconut 35 baht each. Bus 40. Total pay?",
        "Coconut 35 baht each, I buy 40 and my sister buys 12. Total pay?",
        "Coconut 35 baht each, mango 20 baht each. I buy 40. Total pay?",
        "Bought 3 kg of cardamom and 2 kg of cumin at $18 and $9 per kg. What did that cost?",
        "Sherpas cost Rs 3,000 a day. We need 4 sherpas for 10 days. What's the total cost?",
        "A sherpa costs Rs 3,000 a day. We need 4 sherpas. What's the total cost?",
    ],
)
async def test_an_everyday_bill_is_declined_when_its_words_leave_it_open(request_text: str):
    await refused(request_text)
