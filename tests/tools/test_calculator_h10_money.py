"""Families tuning_heldout_10 showed the calculator declining (issue 9), on money: a total asked 'incl VAT' of a
tax given at its rate, interest on money lent to a relative ('I lent my brother 2000 at 4%'), and rent over months
with a tenancy's deposit on top. Near misses still decline: a tax named with no rate, a deposit on a thing bought
(part of its price), a share of the interest between two.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Invoicing a client for 20 hours at £50 an hour and I have to add 20% VAT on top. What's the invoice total "
            "incl VAT?",
            1200,
        ),
        ("12 hours at €30 an hour plus 21% VAT. What's the total including VAT?", 435.6),
        ("A £250 drill plus 20% VAT. What's the price inc VAT?", 300),
        ("Charging 8 hours at $60 an hour and adding 5% GST. Total including GST?", 504),
    ],
)
async def test_a_total_asked_with_the_tax_given_at_its_rate(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I bought a £100 drill. What's the total including VAT?",
        "The drill is £100 and VAT is extra. What's the total incl VAT?",
    ],
)
async def test_a_total_including_a_tax_with_no_rate_declines(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I lent my brother 2000 at 4% simple interest for 3 years. How much interest will he owe me on top?", 240),
        ("I lent my mum 1500 at 5% simple interest for 2 years. how much interest will she pay me", 150),
        ("I lent my friend £800 at 6% simple interest for 4 years. How much interest?", 192),
        ("I lent my daughter $5,000 at 2% simple interest for 5 years, how much interest does she owe?", 500),
    ],
)
async def test_interest_on_money_lent_to_one_person(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I lent my brother and sister 2000 at 4% simple interest for 3 years. How much interest does each owe?",
        "I lent my brother 2000 at 4% simple interest for 3 years and he paid back 500. How much interest?",
        "I lent my brother 2000 at 4% for 3 years. How much interest?",
    ],
)
async def test_near_misses_of_interest_on_a_loan_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "I'm an exchange student in Lyon. Rent is €450 a month for 10 months and I also paid a €300 deposit up "
            "front. What's the total I'll have paid?",
            4800,
        ),
        ("Rent is £700 a month for 6 months plus a £700 deposit. What's the total?", 4900),
        ("The flat's rent is $1,200 a month for 12 months and a $1,500 deposit. How much in total?", 15900),
        ("Renting a room at £95 a week for 40 weeks and I paid a £200 deposit. What will I have paid in total?", 4000),
    ],
)
async def test_rent_over_months_with_a_deposit_on_top(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "A sofa costs £2000 and I paid a £300 deposit. What's the total?",
        "Rent is €450 a month for 10 months and a 10% deposit. What's the total?",
        "Rent is €450 a month for 10 months and I paid a €300 deposit. How much is left to pay?",
        "Rent is €450 a month for 10 months and a €300 deposit, and a €300 deposit for parking. What's the total?",
        "Rent is €450 a month for 10 months and a deposit. What's the total?",
    ],
)
async def test_near_misses_of_rent_and_deposit_decline(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "If I put £5000 in the building society at 4.2% interest compounded once a year, how much will there be "
            "after three years?",
            5656.83,
        ),
        ("I put $2,000 in a credit union account at 3% compounded monthly for 2 years. How much will I have?", 2123.51),
        ("£1,000 in a building society savings account at 2% simple interest for 4 years. How much interest?", 80),
        ("If I leave £3000 in the building society at 5% compounded yearly, how much after 2 years?", 3307.5),
    ],
)
async def test_interest_where_the_money_sits_in_a_building_society(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)


@pytest.mark.anyio
async def test_interest_in_a_building_society_still_needs_its_kind():
    await refused("If I leave £5000 in the building society at 4.2% interest, how much after three years?")
