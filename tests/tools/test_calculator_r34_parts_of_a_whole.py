"""Round 34: some of a group beside the group, a share paid of a bill and a sum short of a target are declined,
while a whole group paying each, two bills and two sums raised are still added."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "We are 5 friends and 2 of us paid £20 each. How much did we pay altogether?",
        "There are 6 of us and 3 of us chipped in $15 each. How much did we put in altogether?",
        "Our group has 8 people; 4 of them paid €12 each. What did they pay in total?",
        "We're 7 colleagues and three of us gave £5 each. How much was given in total?",
        "10 boxes arrived and 4 of them weigh 3 kg each. What is the total weight?",
        "5 friends went out and 2 of the friends paid £20 each. How much did they pay altogether?",
        "Of the 9 of us, 3 paid £30 each. How much was paid in total?",
        "My rent is £800 and my flatmate pays £350 of it. How much do I pay?",
        "The rent is $1,200 and my roommate covers $500 of it. How much do I pay?",
        "The meal came to €90 and my friend paid €35 of it. How much did I pay?",
        "We raised £3,400 and the target is £5,000. How much short are we?",
        "We've collected $2,750 towards a $4,000 goal. How much short are we?",
        "The target is £10,000 and so far we have £6,200. How much short are we?",
        "The fundraising target is £5,000 and we have raised £3,400. How far short are we?",
        "We raised £3,400 and our goal is £5,000. What is the shortfall?",
    ],
)
async def test_a_part_beside_its_whole_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("3 of us paid £20 each. How much did we pay altogether?", 60),
        ("4 of us each chipped in $12. How much did we put in?", 48),
        ("We are 5 friends and we each paid £20. How much did we pay altogether?", 100),
        ("5 friends paid £20 each. How much did they pay altogether?", 100),
        ("Each of the 6 shelves holds 40 books. How many books?", 240),
        ("There are 4 of us and each pizza is £12. We get 2 pizzas. How much each?", 6),
        ("Our electricity bill was £140 and my sister paid £60 of that. How much do I owe?", 80),
        ("My rent is £800 and my bills are £350. How much do I pay?", 1150),
        ("Rent is £800 and council tax is £150. How much do I pay in total?", 950),
        ("We raised £3,400 and then another £1,600. How much did we raise altogether?", 5000),
        ("I paid £3,400 and then £5,000. How much did I pay?", 8400),
        ("I bought a sofa for £400 and a table for £150. How much did I spend?", 550),
        ("I bought a football goal for £40 and a ball for £15. How much did I spend?", 55),
        ("I spent $40 at Target and $20 at Walmart. How much did I spend?", 60),
        ("I bought a short-sleeved shirt for £12 and jeans for £30. How much did I spend?", 42),
    ],
)
async def test_wholes_and_sums_keep_their_answers(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result
