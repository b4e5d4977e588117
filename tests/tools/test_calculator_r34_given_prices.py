"""Round 34: a price each asked back ('how much each', 'per jar') is declined; a total with simple interest is the
balance; a percentage change is also shown to 2 decimal places."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Sold 96 jars at £6.50. What's my takings per jar",
        "Sold 96 jars at £6.50. How much per jar?",
        "40 jars at £6.50 each, how much each",
        "40 jars at £6.50 each, how much per jar?",
        "12 eggs at £3, price per egg?",
        "We sold 250 tickets at $18 each. How much did we make per ticket?",
        "I bought 8 candles at €4.25 apiece. How much is one candle?",
        "30 mugs at £7 a mug - how much a mug?",
        "Sold 14 cakes at $22.50. How much each?",
    ],
)
async def test_a_price_each_asked_back_is_declined(request_text: str):
    assert "given already" in await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Sold 96 jars for £624. What's my takings per jar", 6.5),
        ("12 eggs cost $3, how much is one egg?", 0.25),
        ("We paid $96 for 3 tickets, how much each?", 32),
        ("40 jars at £6.50 each, how much?", 260),
        ("I bought 3 tickets at $12. How much in total?", 36),
        ("4 friends split a $60 bill, how much each?", 15),
        ("3 friends ordered 2 pizzas at $14 each, how much each?", 28 / 3),
        ("We bought two pizzas at $12 each and a salad for $6, and split it between three of us. How much each?", 10),
    ],
)
async def test_prices_for_a_count_still_answer(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("6% simple interest on £2,000 for 3 years, what's the total?", 2360),
        ("What's the total after 3 years at 6% simple interest on £2,000?", 2360),
        ("Simple interest of 4% on $5,000 over 2 years. What's the balance?", 5400),
        ("3% simple interest on 10,000 dollars for 5 years, total?", 11500),
        ("Simple interest at 2.5% on £4,000 for 6 years: how much in total?", 4600),
        ("I borrow £1,500 at 7% simple interest for 2 years. What will I owe in total?", 1710),
        ("6% simple interest on £2,000 for 3 years, what's the total interest?", 360),
        ("How much is 6% simple interest on £2,000 for 3 years?", 360),
        ("How much interest is 6% simple interest on £2,000 for 3 years in total?", 360),
        ("I borrowed $5,000 at 6% simple interest for 3 years. How much interest do I pay in total?", 900),
    ],
)
async def test_simple_interest_answers_what_the_question_names(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "6% simple interest on £2,000 for 3 years, what's the interest and the total?",
        "how much interest on $5,000 at 3% simple interest for 2 years? and the total",
    ],
)
async def test_interest_and_total_both_named_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "rounded"),
    [
        ("Revenue went from 184,500 last month to 171,200 this month. What's the % change?", "7.21% decrease"),
        ("My electricity bill went up from $82 to $97. What's the percentage increase?", "18.29% increase"),
        ("Visitors rose from 3 to 4 thousand, percent change?", "33.33% increase"),
        ("Sales fell from 950 to 700. What's the percentage change?", "26.32% decrease"),
    ],
)
async def test_a_percentage_change_is_also_shown_rounded(request_text: str, rounded: str):
    answer = (await solved(request_text))["answer"]
    assert rounded.split()[0] in answer
    assert rounded.split()[-1] in answer
