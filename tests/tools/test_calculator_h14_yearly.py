"""Pay asked by the year in a closing clause with no question word ('$22 an hour, 40 hours a week, annual salary?'),
or as 'how much a year', with the calendar's 52 weeks said bare (', 52 weeks,'): the yearly amount."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("$22 an hour, 40 hours a week, 52 weeks, annual salary?", 45760),
        ("$22 an hour, 40 hours a week, annual salary?", 45760),
        ("£15 an hour and 35 hours a week, and 52 weeks, what's that a year?", 27300),
        ("€18 an hour, 37.5 hours a week, yearly pay?", 35100),
    ],
)
async def test_pay_by_the_year(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "$22 an hour, 40 hours a week, 48 weeks, annual salary?",  # not the calendar's year
        "$22 an hour, 40 hours a week, 52 weeks, 3 days off, annual salary?",
    ],
)
async def test_another_year_is_declined(request_text: str):
    await refused(request_text)
