"""Counted things and school arithmetic in words (issue 9, round 2): a count shared among a group, a price per
thing of a pack, a count at a rate, the share of a group a percentage names, steps said one after another,
mixed numbers, choices and arrangements; and what must still be declined.

Each request goes through a real MCP client session against the calculator's ``solve`` tool.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import error_text, solve

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # a count of things shared among a counted group
        ("Mum bought 64 stickers to share equally among 8 kids. How many stickers does each kid get?", 8),
        ("We packed 72 eggs into 6 cartons, how many eggs in each carton?", 12),
        ("3 vans carry 42 passengers between them. How many passengers per van?", 14),
        # a pack priced by the thing it holds
        ("an 8-pack of AA batteries costs $6, what's the price per battery", 0.75),
        ("A 20 pack of pens is $5.00. How much is each pen?", 0.25),
        # a count at a rate, the question's noun matched to the given's
        ("The press prints 2,000 flyers in 5 hours. How many flyers per hour?", 400),
        ("She answers 18 emails in 30 minutes. How many emails in 2 hours?", 72),
        ("The shop sells 84 boxes a week, how many boxes is that per day?", 12),
        # percent change: a named direction is a size, a 'change' is signed
        ("Rent dropped from $1,000 to $900. What is the percentage decrease?", 10),
        ("Rent went from $1,000 to $900, what's the percent change?", -10),
        # the part of a group a percentage names
        ("Of the 400 members, 15% voted online. How many voted online?", 60),
        # steps said one after another
        ("add 9 and 11, then multiply by 5", 100),
        ("start with 100, subtract 30, then halve it", 35),
        ("triple 7 and then add 4", 25),
        # mixed numbers, rounding to a ten, whole times
        ("3 1/4 plus 2 1/2", 5.75),
        ("round 1,234 to the nearest ten", 1230),
        ("how many times does 6 go into 50", 8),
        # choices and arrangements
        ("12 choose 3", 220),
        ("how many ways can I pick 2 books out of 6", 15),
        ("in how many ways can 4 kids line up", 24),
        # the score needed for an average, a share of a group as a percentage
        ("I've got 64, 70 and 79 so far, what do I need on the last quiz to average 75?", 87),
        ("21 out of 28 guests came, what percentage is that?", 75),
        # pay with overtime, age from years, a chance, a BMI
        ("I'm on $24 an hour with double time for overtime, what's my overtime rate?", 48),
        ("$15 an hour, I worked 50 hours, overtime after 40 hours is time and a half. What's my pay?", 825),
        ("my daughter was born in 2012, how old will she be in 2030?", 18),
        ("what are the chances of tossing tails 4 times in a row", 1 / 16),
    ],
)
async def test_counted_and_school_problems_are_answered(request_text: str, result: float):
    reply = await solve(request_text)
    assert not reply.is_error, error_text(reply)
    assert reply.structured_content["result"] == pytest.approx(result, abs=1e-9)


async def test_a_shared_count_says_what_each_gets():
    reply = await solve("30 marbles are shared among 3 boys. How many marbles does each boy get?")
    assert not reply.is_error, error_text(reply)
    assert reply.structured_content["answer"].startswith("10 marbles")


async def test_a_bmi_reads_feet_and_inches_as_one_height():
    reply = await solve("what's my BMI, I weigh 200 lb and I'm 6 ft 1 in")
    assert not reply.is_error, error_text(reply)
    assert reply.structured_content["result"] == pytest.approx(200 * 0.45359237 / (73 * 0.0254) ** 2)


async def test_whole_times_say_the_remainder():
    reply = await solve("how many times will 8 fit into 60")
    assert not reply.is_error, error_text(reply)
    assert "remainder 4" in reply.structured_content["answer"]


@pytest.mark.parametrize(
    "request_text",
    [
        # the question asks about a part no given names
        "In a class of 28 pupils, 25% wear glasses. How many have brown eyes?",
        "Of 500 voters, 40% said yes. How many said no?",
        # two counted things with no group said for 'each'
        "There are 40 apples and 8 pears. How many each?",
        # conditions a formula cannot say
        "how many ways can 5 people sit around a round table if two sit together",
        "how many ways to choose 3 from 10 if two of them must be together",
        # a second test to come, a year not given, a sum of dice
        "I have 70 and 80, what do I need on the next two tests to average 85?",
        "I was born in 1992, how old am I now?",
        "what's the chance of rolling a total of 7 with two dice",
        # a number missing or live data
        "how many cupcakes does each child get",
        "what's the price per pencil at the shop down the road",
    ],
)
async def test_counts_missing_or_beyond_the_givens_are_declined(request_text: str):
    reply = await solve(request_text)
    assert "I can't work out" in error_text(reply)
