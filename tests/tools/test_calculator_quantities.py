"""Word problems read by their quantities and units: the givens anywhere in the request, the measure the question
asks for, and the one combination of every given in that measure (issue 9).

Each request goes through a real MCP client session against the calculator's ``solve`` tool. The second half
is what the reader must decline: a number missing, legs that do not pair up, months against weeks, live data.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import error_text, solve

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # an equal split among a counted group
        ("Four of us rented a cabin for $860. What does each person pay?", 215),
        ("Five coworkers chip in equally for a $135 gift. How much is each share?", 27),
        ("Two roommates split the $1,850 rent evenly. How much does each one pay?", 925),
        ("We are 4 of us sharing a 2 kg bag of rice, how much each?", 0.5),
        ("Split 3 kg of mince equally among 4 freezer bags. How much per bag?", 0.75),
        # a period converted, by the calendar people count in
        ("My salary is $78,000 a year. What is that per month?", 6500),
        ("I take home $3,250 a month. How much is that per year?", 39000),
        ("She earns $1,100 a week. What's that per year?", 57200),
        ("I spend $9 a day on lunch. How much is that in a year?", 3285),
        ("I earn $2,600 a fortnight. How much is that per week?", 1300),
        ("A dripping tap wastes 15 litres a day. How much is that in a week?", 105),
        ("A nurse earns $36 an hour and works 36 hours a week. How much per year?", 67392),
        # a ratio scaled to the asked denominator
        ("The van burned 56 litres of diesel over 700 km. How many litres per 100 km?", 8),
        ("We used 9 gallons of gas to drive 297 miles. How many miles per gallon is that?", 33),
        ("Drove 480 km on 32 litres. How many km per litre?", 15),
        ("A 400 g jar of peanut butter costs $3.20. What's the price per 100 g?", 0.8),
        ("Ground coffee: 340 g for $8.50. How much per 100 g?", 2.5),
        ("A 2 kg bag of rice is $5.40. What does it cost per kg?", 2.7),
        ("I used 18 litres of paint for 3 rooms. How many litres per room?", 6),
        ("A tap fills 12 litres in 3 minutes. How many litres per minute is that?", 4),
        # a rate applied to the amount the question names
        ("A car goes 180 km in 2 hours. How far will it go in 5 hours at that speed?", 450),
        ("A recipe uses 250 g of flour for 10 pancakes. How much flour for 24 pancakes?", 600),
        ("My car does 6 litres per 100 km. How many litres for a 450 km trip?", 27),
        ("It took me 40 minutes to ride 16 km. How fast was I going in km per hour?", 24),
        # legs totalled for the whole
        ("I drove 150 km in 2 hours and then 90 km in 1 hour. What was my average speed overall?", 80),
        ("A hiker walks 12 km in 3 hours and another 8 km in 2 hours. Average speed for the entire hike?", 4),
        # from-to percent change, and percentages in turn
        ("Our electricity went from $120 to $150 a month. What percent increase is that?", 25),
        ("The price of bread dropped from $4.00 to $3.40. What's the percent decrease?", 15),
        ("The price of bread went from $4.00 to $3.40. What was the percent change?", -15),
        ("A phone costs $600. It's 15% off, and then 10% tax is added. What do I pay in the end?", 561),
        ("Shoes cost $120; they're 30% off and then there's 5% sales tax on top. How much do I pay?", 88.2),
        # the cheaper of two offers, by the price per unit
        ("Which is cheaper per kg, 2 kg of apples for $5.80 or 3 kg for $8.10?", 2.7),
        ("Which is the better deal: 6 rolls for $4.50 or 10 rolls for $7.20?", 0.72),
    ],
)
async def test_word_problems_are_answered_from_their_quantities(request_text: str, result: float):
    reply = await solve(request_text)
    assert not reply.is_error, error_text(reply)
    assert reply.structured_content["result"] == pytest.approx(result, abs=1e-9)


async def test_the_working_shows_every_given():
    reply = await solve(
        "A cyclist rides 30 km in 1.5 hours and then another 25 km in 1 hour. Average speed for the whole ride?"
    )
    assert not reply.is_error, error_text(reply)
    assert reply.structured_content["answer"] == "22 kilometers per hour"
    assert reply.structured_content["steps"] == [
        "(30 kilometers + 25 kilometers) ÷ (1.5 hours + 1 hour) = 22 kilometers per hour"
    ]


async def test_a_weekly_rate_over_a_year_says_how_the_year_is_counted():
    reply = await solve("I cycle 25 km a week. How many km is that per year?")
    assert reply.structured_content["result"] == 1300
    assert "a year is counted as 52 weeks" in reply.structured_content["notes"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Three friends share a taxi fare. How much does each one owe?",
        "I earn a salary. How much is that per month?",
        "What's $100 in euros at today's exchange rate?",
        "My car used some fuel to drive 600 km. How many litres per 100 km?",
        "Our rent went up to $1,540 a month. What percent increase is that?",
        "A cyclist rides 30 km and then another 25 km in 1 hour. What's her average speed?",
        "I ran 5 km in 25 minutes and 3 km. What's my average speed?",
        "A jacket is 25% off and then tax is added. What do I pay in the end?",
        "My rent is $1,200 a month. How much is that per week?",
        "I make $25 an hour. How much is that per year?",
        "What is the current price of gold per ounce?",
        "We drove 300 km yesterday. How many litres per 100 km did we use?",
    ],
)
async def test_problems_missing_a_number_or_a_convention_are_declined(request_text: str):
    reply = await solve(request_text)
    assert "I can't work out" in error_text(reply)
