"""Paraphrases of a sum wrapped in talk (a greeting before it, a remark or a sign-off after it, a sentence that
restates its figure) answered as the sum alone, and near-misses whose remark carries a figure, a share, a charge, a
condition or a unit of its own, declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("What's 350 F in Celsius? The oven manual is all in Fahrenheit and my gran wants C.", 176.67),
        ("Convert 72 F to Celsius please. The greenhouse gauge reads in Fahrenheit and the club sheet wants "
         "Celsius.", 22.22),
        ("What's 25 C in Fahrenheit? My dad's thermometer is all in Celsius and my pen pal wants F.", 77),
        ("The meat probe still reads in Fahrenheit and right now it is showing 165 degrees. What is 165 F in "
         "Celsius?", 73.89),
        ("The kiln controller talks Fahrenheit and it says 1,200 degrees. How much is 1,200 F in Celsius?", 648.89),
        ("The old boiler dial reads 180 degrees. The service sheet is all in Celsius. What is 180 F in Celsius?",
         82.22),
    ],
)  # fmt: skip
async def test_a_conversion_with_a_remark_on_its_units(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("What is the simple interest on £8,000 at 3.5% per annum for 4 years? Our allotment society is putting the "
         "shed fund into a fixed deposit.", 1120),
        ("What is the simple interest on £8,000 at 3.5% per annum for 4 years? The building society quoted one figure "
         "and I would like to verify the same.", 1120),
        ("Simple interest on $12,000 at 4.5% a year for 3 years? The club keeps its roof money on deposit. Please show "
         "the working.", 1620),
        ("What is 17.5% of 2,480? Want to check the quote before I sign it", 434),
        ("What is 17.5% of 2,480? Need it before the committee meeting.", 434),
        ("What's 18% of 950? The lad at the counter is pushing the dear one lol", 171),
        ("Morning all. What is 18 times 9.40?", 169.2),
        ("Eish, what is 18 times 9.40?", 169.2),
        ("What is 18 times 9.40? 🙏", 169.2),
        ("What is 18 times 9.40? Want to check his invoice before I pay him", 169.2),
        ("What is 18 times 9.40? The fishmonger is pushing the big one haha", 169.2),
        ("What's 12 stone in kg? The nurse is asking and I've no idea 🙈", 76.2),
        ("We run a surf school in Muizenberg. What's 15% of 4,200 rand?", 630),
        ("I look after the books for the shearing gang. What's 20% of $3,450?", 690),
        ("What's 14 times 212 litres? Want to check it against the tank dip before the auditors turn up.", 2968),
        ("What is 17.5% of 2,480? just checking my payslip", 434),
        ("What's 15% of £84? Much appreciated, Priya 🙂", 12.6),
        ("Dear Sir, kindly tell me what is 15% of 84000 rupees. Regards, Ramesh", 12600),
    ],
)  # fmt: skip
async def test_a_sum_with_a_remark_that_carries_nothing(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "What's 350 F in Celsius? The oven manual is all in Fahrenheit and my gran wants Kelvin.",  # another unit
        "Convert 72 F to Celsius please. The greenhouse gauge reads in Fahrenheit and the club sheet wants Kelvin.",
        "The meat probe still reads in Fahrenheit and right now it is showing 170 degrees. What is 165 F in Celsius?",
        "The meat probe still reads in Fahrenheit and it is showing 165 degrees, 5 over. What is 165 F in Celsius?",
        "The meat probe reads in Fahrenheit and it is showing 165 degrees. What is 165 F in Kelvin? The chef wants "
        "Celsius.",
        "What is the simple interest on £8,000 at 3.5% per annum for 4 years? Our society is putting the fund into a "
        "deposit account with a fee.",  # a charge without its amount
        "What is the simple interest on £8,000 at 3.5% per annum for 4 years? The society pays a deposit first.",
        "What is the simple interest on £8,000 at 3.5% per annum for 4 years? Half of it is my brother's.",
        "What is the simple interest on £8,000 at 3.5% per annum for 4 years? It compounds monthly though.",
        "What is the simple interest on £8,000 at 3.5% per annum for 4 years? Not counting the weekends.",
        "What is the simple interest on £8,000 at 3.5% per annum for 4 years? The building society quoted one figure "
        "and another for the bonus.",
        "What is 17.5% of 2,480? Want to check the quote before I add the VAT",
        "What is 17.5% of 2,480? Need it before tax.",
        "What is 17.5% of 2,480? Split between the two of us.",
        "What is 17.5% of 2,480? Half of it is mine.",
        "What is 17.5% of 2,480? My partner is paying the other half.",
        "What is 17.5% of 2,480? Plus delivery.",
        "What's 18% of 950? The lad at the counter is pushing the dear one for twice that lol",
        "Morning all. What's 14% of 3,650? And what's 10% of it?",  # a second question
        "Morning all. What's 14% of? Cheers",  # a missing figure
        "How long to drive 180 km at 60 km/h? We'll stop twice.",
        "What is 18 times 9.40? Half of it is mine.",
        "What is 17.5% of 2,480? Need it before the kids arrive.",
        "What is 17.5% of 2,480? Need it before the rise.",
        "What is 17.5% of 2,480? just the VAT",
        "What's 15% of £84? Or is it more?",
        "What's 12 stone in kg? No charge for it.",
        "How far is 26 miles in km? The club sheet wants metres.",  # the answer asked in another unit
        "Hire is £450 a day for 3 days. What's the total? We also put a deposit on it.",
        "Morning Derek. Hire is £450 a day for 3 days. What's the total? Don't forget the deposit on the van.",
        "I have 20 boxes. 20% are damaged. How many boxes are fine? The rest go back.",
    ],
)
async def test_a_remark_that_carries_something_declines(request_text: str):
    await refused(request_text)
