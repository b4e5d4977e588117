"""A date moved by days or weeks with no year named ('3 weeks' notice from 4 March'): answered when the date reached
is the same in a leap year and any other, without the weekday; across the end of February the year is asked for."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "date"),
    [
        ("Work out what 3 weeks' notice from 4 March takes me to", "25 March"),
        ("3 weeks from 4 March", "25 March"),
        ("what date is 10 days after 25 December", "4 January"),
        ("4 weeks notice from 28 January", "25 February"),
        ("what date is 2 weeks after 1 June", "15 June"),
        ("30 days from 10 September", "10 October"),
    ],
)
async def test_a_date_the_year_cannot_change_is_worked_out(request_text: str, date: str):
    solution = await solved(request_text)
    assert solution["answer"] == date
    assert solution["notes"]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "2 weeks from 20 February",  # 6 or 5 March, as the year is a leap year or not
        "what date is 6 weeks before 10 April",
        "3 weeks from 4 March at 3 pm plus 2 hours",
    ],
)
async def test_a_date_the_year_decides_asks_for_the_year(request_text: str):
    await refused(request_text)
