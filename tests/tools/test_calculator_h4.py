"""Families the calculator missed on a blind-written set (issue 9, heldout 4): markup and margin, a dose per kg,
the form said with a verb ('expressed as a percentage'), steps on a running value ('take ... and subtract'), an
arrival said loosely ('gets in at'), areas and volumes asked in units ('how many litres does it hold'), a measure
said of someone ('I'm 5 feet 10 inches tall'), a bill split 'the whole thing', an aside restating the kind of a
statistic, steady growth and decline, a price 'before VAT' asked 'including VAT', a weighted grade, and prices
listed (or so many at a price each) with tax on their sum; and the near misses that must still be declined.

Each request goes through a real MCP client session against the calculator's ``solve`` tool.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import cpu_time, error_text, solve

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # markup is over the cost, margin over the price, whichever amount is said first
        ("I sell the lamps for $75 and buy them for $60. What's my markup as a percentage of what I paid?", 25),
        ("we buy jam at $3 a jar and sell the jar for $4.50, what's the markup in percent?", 50),
        ("I buy each print for $12 and sell it for $20. What's my margin as a percentage?", 40),
        # a dose per kg of body weight, or per litre of water
        ("The cat weighs 4 kg and the vet prescribed 1.5 mg per kg. How many mg is that?", 6),
        ("Add 20 ml of cleaner per litre of water; the bucket holds 5 litres. How much cleaner do I need?", 100),
        # the form said with a verb
        ("What is 9/16 expressed as a percentage?", 56.25),
        ("convert 3/5 to a decimal", 0.6),
        # steps on a running value, asked as 'what do you get if'
        ("what do you get if you take 5 to the power of 3 and subtract 25", 100),
        # an arrival said loosely
        ("the tram departs 08:05 and gets in at 08:50, how long is the ride?", 0.75),
        # areas and volumes asked in units
        ("The allotment is 15 m long and 4.5 m wide. How many square metres is that?", 67.5),
        ("A planter box measures 1 m by 0.4 m by 0.5 m. How many litres of soil does it hold?", 200),
        ("my fish tank is 50 cm long, 25 cm wide and 30 cm high. how many litres of water does it hold?", 37.5),
        # a measure said of someone
        ("I'm 5 feet 4 inches tall, what is that in centimetres?", 162.56),
        # a bill split 'the whole thing'
        (
            "Dinner for the five of us came to $120. Add a 15% tip and split the whole thing evenly, how much each?",
            27.6,
        ),
        # an aside restating the kind of statistic already asked for
        ("sample standard deviation of 4, 8, 12 (it's a sample, not the whole population)", 4),
        # steady growth and decline
        ("The village had 2,000 people and grows 5% a year. What will the population be after 2 years?", 2205),
        ("A laptop worth $1,000 loses 20% of its value each year. What is it worth after 2 years?", 640),
        # a price before VAT asked with it
        ("A coat costs 80 euros before VAT. VAT is 20%. What's the price including VAT?", 96),
        # a weighted grade
        ("Labs are 25% and I got 80, the exam is 75% and I got 60. What's my overall grade?", 65),
        # prices listed, then tax on their sum
        ("I bought two things for $30 and $20 and sales tax is 10%. What's my total?", 55),
        # a count at a price each, with tax on what they cost together
        ("Work out the cost of 3 shirts at $18.50 each plus 8% sales tax", 59.94),
    ],
)
async def test_heldout_4_families_are_answered(request_text: str, result: float):
    reply = await solve(request_text)
    assert not reply.is_error, error_text(reply)
    assert reply.structured_content["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        # a base for the markup the amounts do not give, or both words
        "I buy shoes for $50 and sell them for $80. What's my markup as a percentage of the shipping cost?",
        "bought for $50, sold for $80, what's the markup and the margin as a percentage?",
        # a dose with a schedule, or asked in things the dose does not count
        "she weighs 50 kg and takes 4 mg per kg three times a day, how many mg a day?",
        "he weighs 70 kg and the dose is 2 mg per kg, how many tablets is that?",
        # a verb with no form after it
        "convert 3/4",
        # a capacity asked of a flat figure, or a conversion of an area the reader does not make
        "the patio is 5 m by 4 m. How many litres of paint?",
        # two measures said of someone, one asked
        "I'm 5 feet 9 inches tall and 70 kg, what is that in cm?",
        # a split with no count of people
        "Dinner came to $86.40, add an 18% tip and split it evenly. How much does each person owe?",
        "our takeaway was $40 plus a 15% tip, split it between us, how much each?",
        # an aside that contradicts the statistic asked for
        "sample standard deviation of 10, 12, 14 (it's the whole population)",
        # growth asked as the change, over part of a period, or as interest
        "the town has 20,000 people and grows 3% a year. By how much will it grow in 2 years?",
        "the town has 20,000 people and grows 3% a year. What's the population after 18 months?",
        "$5,000 grows at 4% a year with interest for 3 years",
        # tax already in the amount
        "The kettle is $43.20 including 8% tax. What's the price including tax?",
        # weights that are not the whole, or a percentage that is a share
        "homework is 20% and I got 90, the midterm is 30% and I got 75. What's my overall grade?",
        "I got 90 and 70 and 20% and 80% of the class passed, overall grade?",
        # a count of things that is not the number of prices listed
        "I bought three things for $12 and $8 and sales tax is 7%. What's my total?",
        # a share asked of things bought together
        "4 tickets at $25 each with 10% off, what does each of us pay?",
    ],
)
async def test_heldout_4_near_misses_are_declined(request_text: str):
    reply = await solve(request_text)
    assert reply.is_error, reply.structured_content


async def test_the_new_readers_stay_cheap():
    from servers.tools.calculator.solver import solve_request
    from servers.tools.inputs import ToolInputError

    hostile = "sample sd of 1" + ", sample" * 400 + " (it's a sample, not the whole population)"
    with cpu_time() as spent:
        for request in (hostile, "take 1" + " and 1" * 500 + " and subtract 1"):
            try:
                solve_request(request)
            except ToolInputError:
                pass
    assert spent.seconds < 1.0
