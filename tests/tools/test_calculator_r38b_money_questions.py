"""Round table: quotes, loans, savings and percentage changes in several voices, and near-misses that decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Parts £800 and labour 2 days at £250 a day plus VAT at 20%. What figure do I quote?", 1560),
        ("Materials $450 and 6 hours labour at $65 an hour. What's the final figure?", 840),
        ("Parts £800 and labour 2 days at £250 a day plus VAT at 20%. What's the figure I give the customer?", 1560),
        ("A £9,000 loan at 7.5% simple interest over 3 years. What's the total I'd pay back?", 11025),
        ("Borrowing $12,000 at 6% simple interest for 5 years. What would I repay altogether?", 15600),
        ("A €5,000 loan at 4% simple interest over 2 years. What's the total repayable?", 5400),
        ("My savings account has $2,000 at 2.5% simple interest. How much interest after 3 years?", 150),
        ("mis-picks were 84 last month and 63 this month. whats the percentage reduction", -25),
        ("We sold 1,200 tickets this year, last year it was 950. Percentage increase?", 26.3158),
        ("I had 48 orders this week, last week it was 60. What's the percentage decrease?", -20),
        ("Sales this year were £52,000, last year £45,000. What's the percentage increase?", 15.5556),
        ("Now it's £30 a ticket; before the sale it was £40. What's the percentage change?", -25),
        ("It was 84 before and 63 after. What's the percentage change?", -25),
        ("The previous year we had 295 and this year 340. Percentage increase?", 15.2542),
        ("She paid $40 for 2 books and $15 for a pen. What did she spend?", 55),
        (
            "uni fees are £9,250 a year, the course is three years plus a placement year that costs £1,850. total "
            "fees for the whole thing?",
            29600,
        ),
    ],
)
async def test_money_questions_are_answered(request_text: str, result: float):
    answer = (await solved(request_text))["result"]
    assert abs(answer) == pytest.approx(abs(result), abs=0.001)


@pytest.mark.parametrize(
    "request_text",
    [
        "Parts £800 and labour 2 days at £250 a day. What's the labour figure?",
        "Parts £800 and labour 2 days at £250 a day plus VAT at 20%. What's the VAT figure?",
        "A £9,000 loan for a new piano at 7.5% simple interest over 3 years, and I pay £200 back each month. "
        "What's left?",
        "The fund has £4,500 in an account paying 3.2% simple interest. How much interest will it earn?",
        "Returns were 84 last month and some this month. What's the percentage reduction?",
    ],
)
async def test_money_questions_that_say_too_little_decline(request_text: str):
    await refused(request_text)
