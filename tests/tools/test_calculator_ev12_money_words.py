"""Money said the everyday way (issue 9, tuning_everyday_12): pounds in words where interest is named ('five
thousand pounds in the building society at 4.2% compounded once a year'), and a regular amount raised by a
percentage asked 'each month' when it is paid monthly. A period asked that is not the one paid ('£30,000 a year
... what will it be a month?') is another amount, and declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("If I leave five thousand pounds in the building society at 4.2% interest compounded once a year, how "
         "much will there be after three years?", 5656.83),
        ("I put two thousand pounds in a savings account at 3% simple interest for 4 years. How much interest?", 240),
        ("invest 10000 pounds at 5% compounded annually for 2 years", 11025),
        ("Twelve hundred pounds in the building society at 2% interest compounded yearly. How much after 2 years?",
         1248.48),
    ],
)  # fmt: skip
async def test_pounds_in_words_are_money_where_interest_is_named(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)


@pytest.mark.anyio
async def test_pounds_without_a_kind_of_interest_still_asks_which():
    await refused("If I leave five thousand pounds in the building society at 4.2% for three years, how much?")


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My pension is £1,840 a month and it goes up by 3.1% in April. What will I get each month after that?",
         1897.04),
        ("My rent is £900 a month and it goes up by 4% in May. What will it be each month?", 936),
        ("Her allowance is £50 a week and it goes up by 10%. What will she get each week?", 55),
        ("My salary is £30,000 a year and it goes up by 2%. What will it be each year after that?", 30600),
    ],
)  # fmt: skip
async def test_a_raise_asked_each_period_it_is_paid(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.005)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "My salary is £30,000 a year and it goes up by 3%. What will it be per month?",
        "My rent is £900 a month and it goes up by 3%. What will it be a year?",
        "My pension is £1,840 and it goes up by 3.1%. What will I get each month?",
        "My pension is £1,840 a month and it goes up by 3.1%. What will I get each week?",
    ],
)
async def test_a_raise_asked_for_another_period_declines(request_text: str):
    await refused(request_text)
