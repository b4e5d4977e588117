"""Everyday requests the calculator used to decline (issue 9): a count of people or things at a price each said as
a noun phrase, an activity between a quantity and its rate, a bare list after an instruction, a second operation
on the first result, an amount paid in equal instalments, and numbers in words ('half a dozen', 'two and a half
hours'). The near misses (a number missing, two readings, live data) must still be declined.

Each request goes through a real MCP client session against the calculator's ``solve`` tool.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import cpu_time, error_text, refused, solve, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # a count of people or things at a price each, as a noun phrase
        ("How much is lunch for 8 people at $27.50 each?", 220),
        ("First work out the cost of team lunch for 8 people at $27.50 each", 220),
        ("We're booking brunch for ten at £16 a head. What will it cost?", 160),
        ("What do drinks for 7 people at $6.50 each come to?", 45.5),
        # an activity noun between the quantity and the rate
        ("8 hours of babysitting at $17.25 an hour, how much is that?", 138),
        ("How much is 3 nights of hotel at €95 a night?", 285),
        ("What do 12 weeks of lessons at $40 a week cost?", 480),
        ("How much are 6 hours of window cleaning at $22 an hour plus a $15 call-out fee?", 147),
        # a bare noun phrase after an instruction
        ("Calculate 3 tickets at $42.50 each plus a $6 booking fee", 133.5),
        ("What's 5 coffees at $3.40 each?", 17),
        ("Now, work out 4 kayaks at $35 a kayak", 140),
        # an operation on the earlier result, within one request
        ("Take 35% off 2,400, then use that number to work out the monthly amount if it's paid over 12 months", 130),
        ("Add 15% to 80 and then divide by 4", 23),
        ("Work out 12% of 450, then add it to 300", 354),
        ("What's 18% of 250? Then divide it by 3", 15),
        ("Work out 2 tickets at $48 each, then split that between 3 of us", 32),
        # an amount paid in equal parts
        ("The laptop is $1,080 and I'll pay it over 9 months. What's the monthly payment?", 120),
        ("My fees of £2,400 are split into 6 instalments. How much is each instalment?", 400),
        # numbers in words, in stories
        ("She babysat for two and a half hours at $12 an hour. What does she get paid?", 30),
        ("Half a kilo of cheese costs €9. What is the price per kilo?", 18),
        ("I bought half a dozen eggs for $2.10. What is the price per egg?", 0.35),
        ("Twelve roses at $2.50 each, how much altogether?", 30),
        ("The sitter stayed a quarter of an hour past midnight at $16 an hour. How much extra is that?", 4),
        ("Rent is $1450 a month. How much is that for a whole year?", 17400),
        # a plain amount per period, with no currency sign
        ("Our mortgage is 1,200 a month. How much do we pay in a year?", 14400),
        ("If she saves 40 every week for 10 weeks, how much will she have saved?", 400),
    ],
)
async def test_everyday_requests_are_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        # a number missing
        "How much is lunch for 8 people?",
        "Calculate 3 tickets plus a $6 booking fee",
        "8 hours of babysitting at the going rate, what do I owe?",
        "Take 35% off 2,400, then spread it over the months",
        "Work out 15% of 200, then divide it by some number",
        # a share asked of a price that is already each one's, and a count that names nothing bought
        "Pizza for twelve people at $9.50 a head. How much each?",
        "8 people at $27.50 each. What is the total?",
        # two readings: weeks in months vary; a tip on the price before the discount
        "The course is £900, paid over 6 months. How much a week is that?",
        "$60 meal, 20% off, then a 15% tip on the original price",
        "What is 20% off $50 plus sales tax?",
        "I pay 60 a week for the gym. How much is that over 3 months?",
        # live data
        "How much is 5 nights at the Hilton in Paris right now?",
    ],
)
async def test_everyday_near_misses_are_declined(request_text: str):
    await refused(request_text)


async def test_a_chain_shows_both_steps():
    reply = await solve("Take 35% off 2,400, then use that number to work out the monthly amount over 12 months")
    assert not reply.is_error, error_text(reply)
    data = reply.structured_content
    assert data["answer"] == "130 per month"
    assert data["steps"][0] == "first: 1560"


async def test_chained_requests_stay_cheap():
    from servers.tools.calculator.solver import solve_request
    from servers.tools.inputs import ToolInputError

    hostile = [
        "Take 10% off 900" + ", then add 1" * 200,
        "Take 10% off 900, then" + " use that number to" * 300 + " divide by 3",
        "half a " * 500 + "kilo of cheese costs €9. What is the price per kilo?",
    ]
    with cpu_time() as spent:
        for request in hostile:
            try:
                solve_request(request)
            except ToolInputError:
                pass
    assert spent.seconds < 1.0
