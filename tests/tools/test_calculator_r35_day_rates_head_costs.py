"""Paraphrases of day-rate earnings with a share set aside and of group costs per head, with near-misses."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Day rate £450. I worked 17 days in Q1 and 21 days in Q2. I set aside 28% of what I earn for tax. How much "
         "should be set aside?", 4788),
        ("My day rate is $600 and I worked 12 days in March. I put 25% away for tax. How much do I put away?", 1800),
        ("I charge €380 a day and did 9 days and 6 days. How much did I earn in total?", 5700),
        ("Day rate £450, 20 days worked, 30% set aside for tax. How much do I keep?", 6300),
        ("School trip maths: museum entry is £6.50 per child for 42 children (adults go free) and the coach is £380. "
         "What is the total cost, and what does it work out at per child?", 15.55),
        ("Theatre trip: tickets £15 a head for 36 pupils, coach £420. What's the total and the cost per pupil?",
         26.67),
        ("Entry is €8 per person for 25 people, plus a guide for €90 and minibus hire of €150. What's the total?",
         440),
    ],
)  # fmt: skip
async def test_money_story_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Day rate £450. I worked 17 days in Q1 and 21 hours in Q2. I set aside 28% of what I earn for tax. How much "
        "should be set aside?",
        "Day rate £450. I worked 17 days. How much should be set aside?",
        "Day rate £450 plus £50 expenses. I worked 17 days. How much did I earn?",
        "Museum entry is £6.50 per child for 42 children and the coach is £380 with a 10% discount. What is the total "
        "cost?",
        "Museum entry is £6.50 per child for 42 children and lunch is free and the coach is £380. What's the cost per "
        "child?",
        "Museum entry is £6.50 per child for 42 children and the coach is £380. How many coaches?",
    ],
)
async def test_money_story_near_misses_are_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
