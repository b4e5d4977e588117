"""Hours worked by a group for a stretch of time ('How many staff hours is 14 carers on 7.5-hour shifts'), and their
cost at an hourly rate each ('8 people in a 90 minute meeting, average pay £45 an hour each'); a share asked, a break,
or a week of shifts never counted stays declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("How many staff hours is 14 carers on 7.5-hour shifts", 105),
        ("8 people in a 90 minute meeting, average pay £45 an hour each. What did the meeting cost in wages?", 540),
        ("6 staff on 8 hour shifts, how many hours in total?", 48),
        ("a 2 hour meeting with 12 people paid £30 an hour, what does it cost?", 720),
        ("5 cleaners for 3 hours at £12 an hour each, total cost?", 180),
        ("How many volunteer hours is 9 volunteers on 4-hour shifts?", 36),
    ],
)
async def test_a_groups_hours_and_their_cost(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "8 people in a 90 minute meeting, average pay £45 an hour each. What did it cost each?",
        "14 carers on 7.5-hour shifts with a 30 minute break, how many staff hours",
        "how many hours a week is 14 carers on 7.5-hour shifts",  # how many shifts a week?
        "14 carers on 7.5-hour shifts",  # nothing asked
        "8 people in a 90 minute meeting, 3 paid £45 an hour and 5 paid £30 an hour. What did it cost?",
    ],
)
async def test_group_hours_that_leave_a_guess_are_declined(request_text: str):
    await refused(request_text)
