"""Paraphrases of a percentage fee said of the price with flat charges after it, and of amounts listed with one
period in a statistic; near-misses where the fee's base is unsaid or another thing, or a share is asked, decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "A concert ticket is £45, there's a 10% booking fee on the ticket price, and then £2.50 for postage. "
            "What's the total?",
            52,
        ),
        ("A ticket is $80 with a 12% service fee on the ticket and $5 shipping. What's the total?", 94.6),
        ("The sofa is £600, there's a 3% card surcharge on the price, plus £40 delivery. How much in total?", 658),
        ("My electricity bills were £85, £92 and £78 each month. What's the average per month?", 85),
        ("Rents are £850, £920 and £780 a month. What's the median?", 850),
        ("Sorting out the invoices before I send them - what is 1,250 + 875 + 430?", 2555),
    ],
)
async def test_the_whole_is_worked_out(request_text: str, expected: float):
    assert (await solved(request_text))["result"] == pytest.approx(expected)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "A jacket costs £60 plus 5% card fee and £4 delivery. What's the total?",
        "A ticket is $80 with a 12% service fee on the bag and $5 shipping. What's the total?",
        "A ticket is £45, with a 10% booking fee on the total, and £2.50 postage. What's the total?",
        "A ticket is £45, with a 10% booking fee on the ticket price and £2.50 postage. How much each for 2 of us?",
        "My electricity bills were £85, £92 and £78 a month. What's the average per week?",
        "Before we split them - what's 12 × 3.50?",
    ],
)
async def test_an_unsaid_base_or_another_question_declines(request_text: str):
    await refused(request_text)
