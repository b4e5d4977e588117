"""Requests as calculator users type them — lowercase, "u" for you, number words, currency symbols, thousands
separators — with answers worked out apart from the calculator; and requests it must decline.

Each goes through a real MCP client session against the calculator's tool server (its ``solve`` entry point).
The second half covers what a new reading must not do: scale inversely related amounts, work a price backwards
when the request does not say which side of the percentage it is on, or count a year as 52.18 weeks.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import error_text, solve

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "answer", "result"),
    [
        # tips, splits, discounts and tax
        ("hey can u figure a 18% tip on $92.40", "$16.63 tip", 16.632),
        ("dinner was $143.75, we're 5 people and want to leave 20 percent tip. how much each", "$34.50 per person",
         34.5),
        ("4 of us had lunch for 76.80, tip 10 percent, what does everyone pay", "21.12 per person", 21.12),
        ("whats 20 percent tip on a hundred and twenty dollars", "$24.00 tip", 24),
        ("a $249.99 tv is 15% off and tax is 8.25%, what do i pay", "$230.02 in total", 230.02204875),
        ("how much is a $1,200 laptop with a 10% student discount plus 6% sales tax", "$1,144.80 in total", 1144.8),
        ("whats 25% off of 64", "48", 48),
        ("how much do i save if a $45 shirt is 1/3 off", "$15.00 discount", 15),
        ("$45 + 20% tip", "$54.00 in total", 54),
        # prices worked backwards
        ("after a 20% discount a shirt costs $48, what was the original price", "$60.00", 60),
        ("I paid $70.20 including 8% tax. what was the price before tax", "$65.00", 65),
        ("I paid $115 including 15% tip, how much was the tip", "$15.00 tip", 15),
        ("after 20% off and 8% tax I paid $51.84, what was the original price", "$60.00", 60),
        # percentages
        ("I got 42 out of 56 on my test, what percent is that", "75%", 75),
        ("Sales were 12,400 last year and 15,500 this year. percent growth?", "25% increase", 25),
        ("$3,000 at 4% simple interest for 6 months, interest?", "$60.00 in interest", 60),
        # rates over time, by the calendar people count in
        ("if I save $150 every month for 2 years how much do i have", "$3,600.00", 3600),
        ("putting away 40 dollars a week for a year, how much is that", "$2,080.00", 2080),
        ("$12 a day for 2 years", "$8,760.00", 8760),
        # speed and fuel, in the unit asked for
        ("walked 6 km in 1.5 hours, how fast is that in km/h", "4 kilometers per hour", 4),
        ("a cyclist rides 45 km in 1 hour 30 min, average speed", "30 kilometers per hour", 30),
        ("drove 420 miles on 14 gallons, what's my mpg", "30 miles per gallon", 30),
        ("my car does 35 mpg, how many gallons for a 280 mile trip", "8 gallons", 8),
        ("used 45 liters for 600 km, what's that in liters per 100 km", "7.5 liters per 100 km", 7.5),
        ("my car gets 30 mpg, how far can i go on 12 gallons", "360 miles", 360),
        # prices and proportions
        ("if 5 pounds of beef costs $32.50 how much for 8 pounds", "$52.00 for 8 pounds", 52),
        ("if 3 cups of flour makes 24 cookies, how many cups do i need for 60 cookies", "7.5 cups", 7.5),
        ("a recipe needs 2 eggs for 4 servings, how many eggs for 10 servings", "5 eggs", 5),
        ("3 cups of flour makes 24 cookies, how many cookies from 9 cups", "72 cookies", 72),
        # conversions said of something
        ("a marathon is 26.2 miles, how many kilometers is that", "42.16 kilometers", 42.1648128),
        ("my baby weighs 7.5 lbs, how many kg is that", "3.402 kilograms", 3.401942775),
        # a count at a price each, a markdown, a share taken off
        ("what is the total if I buy 3 shirts at $24.99 each", "$74.97 in total", 74.97),
        ("what do 4 tickets cost at $12.50 per ticket", "$50.00 in total", 50),
        ("If a $80 item is marked down 35%, how much is it now?", "$52.00", 52),
        ("reduce 90 by a third", "60", 60),
        ("My electricity bill went up from $82 to $97. What's the percentage increase?",
         "18.29% increase", 18.2926829268),
        # number words and leads
        ("plz calc 3.5 * 4", "14", 14),
        ("a hundred thousand divided by 8", "12500", 12500),
    ],
)  # fmt: skip
async def test_users_requests_are_answered_exactly(request_text: str, answer: str, result: float):
    reply = await solve(request_text)
    assert not reply.is_error, error_text(reply)
    data = reply.structured_content
    assert data["answer"] == answer
    assert data["result"] == pytest.approx(result, abs=1e-6)


async def test_a_ratio_split_names_every_share():
    reply = await solve("split $900 in the ratio 2:3")
    assert not reply.is_error, error_text(reply)
    assert reply.structured_content["answer"] == "$360.00 and $540.00"
    assert reply.structured_content["values"] == {"share_1": 360, "share_2": 540}


@pytest.mark.parametrize(
    "request_text",
    [
        # material missing
        "what's 20% of",
        "split the bill between 4 people",
        "how long will it take to drive there at 60 mph",
        "what's the interest on $5000 for 3 years",
        "split $120 between some friends",
        # ambiguous: the calculator would have to guess
        "$10,000 at 5% for 10 years, what do I end up with",
        "x + y = 10, what is x",
        "$70.20 including 8% tax",  # the price before it, or the tax in it?
        "the jacket was $90 after a 25% discount, how much did i save",  # is $90 before or after?
        "what's the total before tax if the bill is $50 with 8% tax",
        "$15 an hour for 3 days",  # a working day is not 24 hours
        "$10 a day for a month",  # months vary in length
        "increase 12 by 1/2",  # by half of it, or by a half?
        "the sale price is $48 with 20% off, what was the tax",  # no tax rate given
        # what does not scale directly, or is not the same thing
        "if 3 cups makes 24 cookies, how many cups for 60 muffins",
        "3 cups of flour cost $2, how much for 5 cups of sugar",
        # beyond an offline calculator
        "integrate x^2 sin x dx",
        "how much is 100 dollars in yen right now",
        "convert 5 liters to kilograms",
        "write me a poem about numbers",
        "how many days between my birthday and christmas",
    ],
)
async def test_what_users_leave_open_is_declined(request_text: str):
    reply = await solve(request_text)
    assert "I can't work out" in error_text(reply)
