"""Everyday requests the calculator used to decline, round 2 (issue 9): a plain amount per period with no currency
sign, a chain whose first answer has a unit, tickets of a kind of person ('2 adult passes'), a recipe scaled to more
people, the time between two clock times told as a story (across midnight too), an amount split in a ratio with a
question about one share, the rest of a counted group ('20 were rotten. How many were not rotten?') and what is left
of an amount ('I had $40 and spent $12.50'). Per-period amounts are shown to the cent with the exact value kept. The
near misses (a share not named, a ratio that does not fit, an ambiguous clock, a break or a time zone, a second
ingredient) must still be declined.

Each request goes through a real MCP client session against the calculator's ``solve`` tool.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import cpu_time, error_text, refused, solve, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # a plain amount per period, with no currency sign
        ("I save 250 every month. How much will I have after 18 months?", 4500),
        ("If I put away 75 a week, how much do I have after 20 weeks?", 1500),
        ("The streaming service is 12 a month. How much over 2 years?", 288),
        ("Putting 150 a month into savings for two years. Total?", 3600),
        # a chain whose first answer has a unit
        ("What is 5 miles in km? Then double it.", 16.09344),
        ("convert 2 kg to grams, then divide by 8", 250),
        ("Convert 5 miles to km. Double it.", 16.09344),
        # a kind of person before what is bought
        ("Two adult passes at $45, how much?", 90),
        ("I bought 2 adult tickets for $30 each and one child ticket for $12. How much did I spend?", 72),
        # a recipe scaled
        ("My recipe serves 4 and uses 300 g of flour. I'm cooking for 10 people, how much flour do I need?", 750),
        ("a cake for 8 needs 200g butter. I'm making it for 12, how much butter", 300),
        ("the recipe needs 2 eggs and serves 4; how many eggs for 6?", 3),
        ("i need to triple 250 ml of milk", 750),
        # clock times in a story
        ("the night bus leaves 22:50 and gets in at 01:20 the next morning. how many minutes is that?", 150),
        ("I went to bed at 11:30 pm and woke up at 7:15 am. How long did I sleep?", 7.75),
        ("My shift started at 10:30 pm and I clocked off at 7 am. How many hours did I work?", 8.5),
        ("I start work at 8:30 am and finish at 5 pm. How long is my working day?", 8.5),
        # a ratio split, with a question about one share
        ("Split $45 of pocket money between my three kids in the ratio 2:3:4. How much is the smallest share?", 10),
        ("share 90 between Ann and Bob in the ratio 2:1. How much does Ann get?", 60),
        ("I'm splitting 2,000 prize money among 3 winners in the ratio 5:3:2. What's the largest share?", 1000),
        ("split $100 in the ratio 1:3, how much does the bigger one get?", 75),
        # the other part of a counted group
        ("A school has 400 pupils; 45% walk to school. How many don't walk to school?", 220),
        ("A team played 20 games and won 12. What percentage did they win?", 60),
        ("In a group of 40 people, 15 walk to work. How many don't walk to work?", 25),
        ("A box has 50 eggs; 6 are broken. How many are not broken?", 44),
        ("A class has 30 students and 12 are boys. What percent are the rest?", 60),
        ("Of the 50 cars, 20 are red. What percentage are not red?", 60),
        # what is left of an amount
        ("I had $40 and spent $12.50 on lunch and $8 on a taxi. How much do I have left?", 19.5),
        ("My budget is $500 and I've spent $320. How much is left?", 180),
        ("I earn 2,400 a month, rent is 950, food is 380 and transport is 120. How much is left each month?", 950),
        # a price for so many, scaled
        ("If 3 avocados cost $10, how much do 12 cost?", 40),
        ("If 5 kg of apples cost $12, how much do 8 kg cost?", 19.2),
        ("A 2 litre bottle costs $3. How much is 500 ml?", 0.75),
        ("a 6-pack of yogurt costs 4.50, how much is one yogurt?", 0.75),
    ],
)
async def test_everyday_requests_are_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    ("request_text", "answer", "exact"),
    [
        ("I need 6000 in 18 months, how much should I put aside each month", "333.33 per month", "1000/3"),
        ("I pay 100 over 32 weeks, how much a week?", "3.13 per week", "3.125"),
        ("I earn 50000 a year, how much is that a month?", "4,166.67", "4166.66666667"),
    ],
)
async def test_per_period_amounts_are_shown_to_the_cent(request_text: str, answer: str, exact: str):
    reply = await solve(request_text)
    assert not reply.is_error, error_text(reply)
    data = reply.structured_content
    assert (data["answer"], data["exact"]) == (answer, exact)


async def test_named_shares_are_listed_by_name():
    reply = await solve("divide 600 among Amy, Ben and Cal in a 3:2:1 ratio")
    assert not reply.is_error, error_text(reply)
    assert reply.structured_content["answer"] == "Amy 300, Ben 200 and Cal 100"


@pytest.mark.parametrize(
    "request_text",
    [
        # another part than the one said (a game may be drawn, a voter abstain)
        "A school has 400 pupils; 45% are girls. How many boys?",
        "Of 500 voters, 40% said yes. How many said no?",
        # a ratio that does not fit who shares, a share asked of someone not named, a difference of shares
        "split 120 between my two kids in the ratio 1:2:3",
        "Split 500 between Tom and Ann in the ratio 3:2. How much does Sue get?",
        "Split 500 between Tom and Ann in the ratio 3:2. How much more does Tom get?",
        "split 120 between my three kids in the ratio 1:2:3, how much does the oldest get?",
        # clock times that could be either way, told backwards, in other zones, or with a break
        "the bus leaves at 10:15 and arrives at 2:40, how long?",
        "the flight lands at 06:15, it left at 23:40. how long was it?",
        "the flight leaves 23:40 and lands 06:15 local time, how long is it?",
        "we left at 9:00 am and got there at 10:30 am but stopped for 20 minutes, how long did we drive?",
        "leaves 10:00 and arrives 11:00 the next day, how long?",
        "the flight leaves 23:40 and lands 06:15, what time is it?",
        # a recipe question about one of two ingredients not named, or about time
        "The recipe serves 4 and needs 300 g flour and 2 eggs. How much for 6?",
        "The recipe serves 4 and bakes for 40 minutes. How long for 6?",
        "A cake for 8 costs $20. How much for 12?",
        # an amount per period that changes
        "I save 250 a month after tax, how much after 12 months?",
        # another part than the two a group splits into, another noun, or the group itself
        "Tom has 30 marbles and 12 are blue. How many are green?",
        "I have 20 apples and 5 pears. How many are not pears?",
        "At the meeting of 80 members, 28 voted yes. How many voted?",
        "At the meeting of 80 members, 28 voted yes. How many didn't vote?",
        "A team won 12 of 20 games. What percentage did they lose?",  # some may have been drawn
        "There are 30 students and 40% are boys. How many students are there?",
        "This year's 600 units is 20% more than last year. How many over both years?",  # not 600 + 20%
        # an amount added, more spent than there was, a price that is not held, a count that is not money
        "I had $40 and got $10 more, then spent $15. How much is left?",
        "I had $40, then I spent $12.50 and found $5. How much is left?",
        "I had $50 and my sister gave me $20, then I spent $35. How much is left?",
        "I had $40 and spent $50. How much is left?",
        "The price is $40 and I paid $30. How much is left?",
        "I had 40 and gave 12 away. How many are left?",
        "I earn 2,400 a month, rent is 950. How much is left each year?",
        # a deal asked for part of a bundle, another thing, or two prices
        "Pens are 4 for $3. How much are 10 pens?",
        "3 avocados cost $10. How much for 12 apples?",
        "3 avocados cost $10 and 2 mangos cost $5. How much for 12?",
    ],
)
async def test_everyday_near_misses_are_declined(request_text: str):
    await refused(request_text)


async def test_story_readers_stay_cheap():
    from servers.tools.calculator.solver import solve_request
    from servers.tools.inputs import ToolInputError

    hostile = [
        "Split 100 between " + "Ann, " * 400 + "and Bob in the ratio 1:2",
        "the bus leaves at 10:15 pm" + " and then" * 400 + " gets in at 2:40 am, how long?",
        "The recipe serves 4" + " and needs 300 g flour" * 50 + ". How much for 6?",
    ]
    with cpu_time() as spent:
        for request in hostile:
            try:
                solve_request(request)
            except ToolInputError:
                pass
    assert spent.seconds < 1.0
