"""Word problems as users word them: a named subject, mixed numbers, scientific notation, stacked discounts,
prices scaled to another count, rates applied over an amount, volumes and months, and the part a question asks.

Each request goes through a real MCP client session against the calculator's tool server; what the grammar
cannot account for word by word is declined, never answered from the numbers that happen to be there.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import error_text, solve

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        # what the problem is about, named before its verb
        ("The coat is $80 with 25% off, and then there's 8% sales tax on top. Total?", "$64.80 in total"),
        ("sneakers were 110, now 40% off. how much are they", "66"),
        ("the town grew from 80,000 people to 92,000. what's the percentage change?", "15% increase"),
        ("my rent went from 1,500 to 1,650 a month. by how many percent did it go up?", "10% increase"),
        ("A stock fell from $50 to $35. What percent did it lose?", "30% decrease"),
        ("apples are $4.50 for 3 lb. what's that per pound?", "$1.50 per pound"),
        # profit and loss as a percentage change
        ("A car was bought for $24,000 and sold for $18,000. Percentage loss?", "25% decrease"),
        ("My salary went up from $52,000 to $55,900. What percentage raise is that?", "7.5% increase"),
        # mixed numbers
        ("drove 150 miles in 2 and a half hours — what's the average speed", "60 miles per hour"),
        ("2 and a half hours in minutes", "150 minutes"),
        ("one and a half times 4", "6"),
        # scientific notation written with x 10^n is one number
        ("what is 7.5 x 10^6 divided by 2.5 x 10^3", "3000"),
        ("8 / 2 * 10^3", "4000"),  # no decimal mantissa, no letter x: the usual order of operations
        # a second discount comes off the discounted price
        ("take 30% off $120 and then another 10% off the new price", "$75.60"),
        # the same price per item, for another count
        ("3 notebooks cost $7.50. How much for 8 of them?", "$20.00 for 8"),
        ("if 4 tickets cost $50, how much do I pay for 6 tickets", "$75.00 for 6"),
        # a rate over an amount of what it is per
        ("Gas is $3.89 a gallon. How much for 12 gallons?", "$46.68"),
        ("If I save $250 a month, how much will I have after 3 years?", "$9,000.00"),
        ("parking is $2.50 an hour, how much for 4 hours", "$10.00"),
        # volumes and months
        ("convert 2 gallons to liters", "7.571 liters"),
        ("how many months in 3 years", "36 months"),
        # the question names the part it wants
        ("I had a $75 meal, how much should I tip at 20%?", "$15.00 tip"),
        ("A $60 shirt is 30% off. How much do I save?", "$18.00 discount"),
        ("$80 dinner with 20% tip, how much is the total", "$96.00 in total"),
        # loans: paying back simple interest
        ("I borrow 3,000 at 5% simple interest for 2 years. How much do I pay back in total?", "3,300.00"),
        # a group of people is a split
        ("Our group of 7 spent $315. How much does each person owe with a 15% tip?", "$51.75 per person"),
        ("Add up 12.50, 8.75 and 3.40", "24.65"),
    ],
)
async def test_word_problems_in_users_words(request_text: str, answer: str):
    result = await solve(request_text)
    assert not result.is_error, error_text(result)
    assert result.structured_content["answer"] == answer


@pytest.mark.parametrize(
    "request_text",
    [
        "A jacket costs $120 and my cat is 25% off",  # a subject is named once, before the numbers
        "5 apples cost $2 and 3 pears cost $4, how much for 2 apples",  # two prices: which one?
        "3 notebooks cost $7.50, what about 8",
        "Gas is $3.89 a gallon. How much for 12 kg?",  # a rate per gallon says nothing about kilograms
        "the town grew from 80 to 92 and then halved, what's the percentage change",
        "I bought a bike for $200 and sold it for $260 and a helmet, what's my percent profit",
        "add 2 and a half",
    ],
)
async def test_what_the_grammar_cannot_place_is_declined(request_text: str):
    result = await solve(request_text)
    assert "I can't work out" in error_text(result)
