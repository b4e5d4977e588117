"""A second question beside the one a reading answers is answered too, or the whole request is declined: a
reading by quantities used to answer the first and pass over the second ('What's his bill, and what did the
scaffolder charge?' gave the roofer's £288 alone)."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "The roofer charged £48 an hour for 6 hours. What's his bill, and what did the scaffolder charge?",
        "The roofer charged £48 an hour for 6 hours. What's his bill? And what did the scaffolder charge?",
        "How many km is 26.2 miles, and how long will it take me to run it at my usual pace?",
        "What's the percentage change from £40 to £52, and what was the change the year before?",
        "piano tuning is £85 a visit and I do 6 a week. what's that a week, how many did I do last month?",
        "Our choir raised £1,240 at the concert and £380 at the raffle. What's the total? Who sold the most tickets?",
        "Bus fare went from £2 to £2.50. What's the rise as a percentage, and when did it last go up?",
    ],
)
async def test_a_second_question_left_unanswered_declines_the_request(request_text: str):
    await refused(request_text)


async def test_the_decline_names_the_second_question():
    said = await refused("How many km is 26.2 miles, and how long will it take me to run it at my usual pace?")
    assert "second question ('how long will it take me …')" in said


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The roofer charged £48 an hour for 6 hours. What's his bill?", 288),
        ("Sam is 3 years older than Ann, who is 10. How old is Sam?", 13),
        ("Four volunteers shared the fuel for the van, which came to £86.40. How much does each owe?", 21.6),
        (
            "I'm giving £250 to my three grandchildren, the same whole number of pounds each. How much does each get "
            "and how much is left over?",
            83,
        ),
        (
            "Museum entry is £6.50 per child for 42 children and the coach is £380. What is the total cost, and what "
            "does it work out at per child?",
            15.55,
        ),
        ("Quick one, what's 15% of £640?", 96),
        ("Here's what I spent: £12, £8.50 and £4.25. What's the total?", 24.75),
    ],
)
async def test_one_question_or_both_answered_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, rel=1e-4)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "The deposit is 30% of £450. How much is the deposit and how much is left to pay?",
            "deposit £135.00; left £315.00",
        ),
        (
            "A 20% deposit on a £2,000 van. What is the deposit, and what is the balance?",
            "deposit £400.00; left £1,600.00",
        ),
        ("The agency takes a 15% fee from £800. What's the fee and what do I get?", "fee £120.00; left £680.00"),
    ],
)
async def test_a_part_and_what_is_left_asked_apart_are_both_answered(request_text: str, said: str):
    assert (await solved(request_text))["answer"] == said
