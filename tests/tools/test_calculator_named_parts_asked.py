"""A named part of an income at a percentage, told the way people tell it: 'I earn 2450 euro in one month and I pay
30 percent for the rent. How many euro is the rent?' (735), '12% goes into provident fund. How much is deducted
each month?', and the learner's plural 'percents'. A second part, a part of the rest or another question declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "part"),
    [
        ("I get 3000 dollars in one month and I pay 25 percent for the rent. How many dollars is the rent?", 750),
        ("My wage is 1800 euro a month, I pay 20 percent for food. How much is the food?", 360),
        ("My monthly salary is Rs 60,000 and 10% goes into provident fund. How much is deducted each month?", 6000),
        ("My salary is £3,000 a month and 5% goes into my pension. How much is that?", 150),
        ("I take home $4,200 a month; 15% goes towards savings. How much is that?", 630),
        ("Pay is £2,000 a month and 8% goes into the pension scheme. How much is taken?", 160),
        ("How many is 15 percents of 3400 dollars?", 510),
        ("what is 20 percents of 450", 90),
    ],
)
async def test_a_named_part_of_an_income_is_answered(request_text: str, part: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(part)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I earn 2450 euro in one month and I pay 30 percent for the rent. How much is left?",
        "My salary is £3,000 a month and 5% goes into my pension and 10% to savings. How much is that?",
        "My salary is £3,000 a month and 5% of the rest goes into my pension. How much is that?",
        "My salary is £3,000 a month and 5% goes into my pension. How much is that after tax?",
    ],
)
async def test_another_question_about_the_income_declines(request_text: str):
    await refused(request_text)
