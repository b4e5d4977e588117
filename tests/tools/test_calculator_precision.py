"""Calculator precision (issue 9): readers that answered confidently and wrong, and requests that were plain.

A share of a group is not a percentage change; a tip 'on top of the total' is figured on the total; a step
said 'then ... the result' works on the running value; a percentage taken off a running value is a share of
it; one fair die is one die; 'each' said of a given amount is not the question's. Where two readings are
possible the request must be declined, never answered with one of them.
"""

from __future__ import annotations

import pytest

from servers.tools.calculator.solver import solve_request
from servers.tools.inputs import ToolInputError
from tests.benchmarks.scoring import numbers


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("In a survey of 160 members, 56 said they want evening classes. What percentage is that?", 35),
        ("A club has 80 members and 20 came to the meeting. What percent came to the meeting?", 25),
        ("Out of 80 apples, 20 were rotten. What percentage was rotten?", 25),
        ("$85, add 6% tax and then 20% tip on top of the total", 108.12),
        ("$85 plus 6% tax, then a 20% tip on the new total", 108.12),
        ("$60 meal with 10% tax and tip 15% of the total", 75.90),
        ("$85 plus 6% tax, then a 20% tip on the pre-tax amount", 107.10),
        ("What's the probability of getting 3 heads in 3 flips of a fair coin?", 0.125),
        ("what's the chance of rolling a 6 on one fair die", 0.1667),
        ("probability of 4 tails in 4 tosses", 0.0625),
        ("Start with 1,200 and knock off 15%", 1020),
        ("Start with 1,200 and take off 15%", 1020),
        ("take 45, then divide the result by 3", 15),
        ("5 times 6, then divide the result by 3", 10),
        ("a dozen eggs for $4 or 18 eggs for $5.50, which is better value?", 0.31),
        ("4 people each pay $12 for a pizza, how much was the pizza?", 48),  # what they paid together, not $12 / 4
        (
            "I earn $20 an hour and worked 45 hours, with overtime after 40 at double time. How much is the overtime "
            "alone?",
            200,
        ),  # the 5 overtime hours at $40, the part asked
    ],
)
def test_calculator_answers_what_the_words_say(request_text: str, result: float) -> None:
    answer = solve_request(request_text).answer
    assert any(abs(n - result) < 0.006 for n in numbers(answer)), answer


@pytest.mark.parametrize(
    "request_text",
    [
        "then divide the result by 3",  # no running value to divide
        "the price was $40 and now it's $50, what percent is that?",  # a change or a ratio: 25% or 125%
        "A team won 12 games and lost 8. What percent did they win?",  # not 12 to 8 as a change
        "A team won 12 of 20 games. What percentage did they lose?",  # asks the part not given
        "There are 25 students in a class. 60% are girls. How many boys are there?",
        "This year's 600 units is 20% more than last year. How many over both years?",  # not 600 + 20%
        "10 apples for $3 or 6 pears for $2, which is cheaper?",  # a price per apple says nothing of pears
        "I weigh 70 kg, my brother is 1.75 m tall, what's my BMI?",  # two people's figures
        "8 people at $27.50 each. What is the total?",  # a price each, not a bill to split 8 ways
        "chance of rolling a 6 in 2 rolls",  # at least once, not twice in a row
        "probability of 2 heads in 3 flips",  # exactly or at least
        "$60 meal, 20% off, then 15% tip on the original price",  # the original is before the discount
        "$85 plus 6% tax and a 20% tip on the total, but tip on the pre-tax amount",  # both bases
    ],
)
def test_calculator_declines_what_it_would_guess(request_text: str) -> None:
    with pytest.raises(ToolInputError):
        solve_request(request_text)
