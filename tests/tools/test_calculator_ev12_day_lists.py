"""The average (or total) of amounts listed day by day, a closed day left out when the question asks per day open
('takings this week: mon 412.50, tue 388, wed 501.25, thurs closed, fri 620. average per day we were OPEN?').
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("takings this week: mon 412.50, tue 388, wed 501.25, thurs closed, fri 620. average per day we were OPEN?",
         480.4375),
        ("sales: Monday £200, Tuesday £150, Wednesday shut, Thursday £250. what's the average per day open?", 200),
        ("mon 412.50, tue 388, wed 501.25, fri 620. average?", 480.4375),
        ("takings: sat 800, sun 600. total?", 1400),
        ("café sales: tue 95, wed 120, thu 80, fri closed, sat 205. what's the mean per day we were open?", 125),
    ],
)  # fmt: skip
async def test_amounts_listed_by_day(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "takings this week: mon 412.50, tue 388, wed 501.25, thurs closed, fri 620. average per day?",
        "takings this week: mon 412.50, tue 388, mon 501.25, fri 620. average per day?",
        "takings this week: mon 412.50, tue 388, 501.25, fri 620. average per day?",
        "takings this week: mon 412.50, tue 388, wed 501.25, fri 620. average per day after the float?",
    ],
)
async def test_a_day_list_not_told_in_full_is_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
