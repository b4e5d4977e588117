"""Each one's share of an amount told for one period, asked for another ('each flat's monthly share' of an annual
sum): converted where the calendar is exact, declined where it is not (a year of weeks) or a figure is missing."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("What is each flat's monthly share of maintenance? The annual maintenance expenditure of our society is"
         " 864000 rupees and there are 48 flats, all sharing equally.", 1500),
        ("Our annual ground rent is £2,400 split between 8 flats. What's each flat's monthly share?", 25),
        ("The yearly insurance for the club is $3,600 shared by 12 members. How much does each member pay per"
         " month?", 25),
        ("How much is each allotment holder's quarterly share? The water rates are £1,800 a year, split equally"
         " between 15 plots.", 30),
        ("The annual maintenance is 864000 rupees across 48 flats. What does each flat pay?", 18000),
    ],
)  # fmt: skip
async def test_a_share_for_another_period_is_converted(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "The weekly cleaning costs £140 shared by 7 shops. What's each shop's yearly share?",
        "Our annual ground rent is £2,400 split between 8 flats. What's each flat's weekly share?",
        "What is each flat's monthly share of maintenance? The annual maintenance of our society is 864000"
        " rupees, shared by all the flats.",
        "The annual ground rent is £2,400 split between 8 flats, plus a £50 admin fee. What's each flat's monthly"
        " share?",
        "Annual ground rent is £2,400 split between 8 flats, and 2 flats pay double. What's each flat's monthly share?",
        "The annual ground rent is £2,400 split between 8 flats. What's each flat's monthly share, and the quarterly?",
    ],
)
async def test_a_share_without_an_exact_period_is_declined(request_text: str):
    await refused(request_text)
