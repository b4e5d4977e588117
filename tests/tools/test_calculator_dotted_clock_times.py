"""A clock time written with a dot and am or pm ('7.15pm', '10.45 pm', '9.30 a.m.') is a clock time: 'My night shift
starts at 7.15pm and finishes at 7.45am' is 12 h 30 min. A dotted number without am or pm is still a number.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "hours"),
    [
        ("My shift starts at 2.30pm and finishes at 11.15pm. How long is that?", 8.75),
        ("I went to bed at 10.45 pm and got up at 6.30 am. How long did I sleep?", 7.75),
        ("3.15 pm to 5.50 pm, how long is that", 155 / 60),
        ("the shop opens 9.30am and closes 5.30pm, how many hours is it open?", 8),
        ("Night shift 8.00pm till 6.15am the next morning - how many hours?", 10.25),
        ("class runs from 9.05 a.m. to 11.35 a.m., how long is it?", 2.5),
    ],
)
async def test_a_dotted_clock_time_with_am_or_pm_is_a_time(request_text: str, hours: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(hours, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "value"),
    [
        ("what is 7.15 + 2.30", 9.45),
        ("7.50 times 4", 30),
    ],
)
async def test_a_dotted_number_without_am_or_pm_is_a_number(request_text: str, value: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(value)
