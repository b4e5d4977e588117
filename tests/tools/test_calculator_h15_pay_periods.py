"""Pay given by one period and asked by another, the question saying its period with 'each' ('I earn £31,200 a year,
paid monthly. What's my gross pay each month?' is £2,600), 'per annum', or an amount written with k ('£28k a year');
pay asked net or take-home of a gross amount, or in a currency it is not in, is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I earn £31,200 a year, paid monthly. What's my gross pay each month?", 2600),
        ("I earn £31,200 a year. How much do I get each month?", 2600),
        ("My salary is $52,000 a year, paid weekly - what do I get each week?", 1000),
        ("Priya makes €39,000 a year. What's that each month?", 3250),
        ("I earn £45,000 per annum, what's that a week?", 865.38),
        ("salary of £45,000 per annum, what's my pay each fortnight?", 1730.77),
        ("I'm on £28k a year, what's that a month", 2333.33),
        ("I get paid £2,600 each month. What's that a year?", 31200),
        ("£1,200 a month split between 3 of us, what does each person pay each month?", 400),
    ],
)
async def test_pay_is_asked_by_another_period(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I earn £31,200 a year, paid monthly. What's my net pay each month?",  # deductions not given
        "I earn £31,200 a year. What's my take-home each month?",
        "I earn £31,200 a year. What's my pay per month in euros?",  # no rate to change it by
        "I earn £31,200 a year. What's that a month in dollars?",
        "My car does 40 mpg and the trip is 200 miles each way. How many gallons will it use?",
        "I save $250 a month. How much a month is that in 18 months?",  # a rate asked, a total read
        "I earn £31,200 a year, paid monthly, with a £1,200 bonus in December. What's my gross pay each month?",
    ],
)
async def test_pay_asked_of_what_is_not_given_is_declined(request_text: str):
    await refused(request_text)
