"""Hours marked as overtime by 'OT' ('6 hrs OT') or paid 'at time and a half' ('7.5 hours at time and a half') are
the overtime hours; near-misses add a bonus, ask for a rate or give no rate."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("overtime is time and a half on £21.40/hr and i did 6 hrs OT, how much do i get", 192.60),
        ("Sarah worked 7.5 hours at time and a half on £11.44 an hour. What's her pay?", 128.70),
        ("Worked 40 hours at £12 an hour plus 5 hrs OT at time and a half. Total pay?", 570),
        ("My rate's £14 an hour. I did 8 hours at time and a half on Saturday. What do I get?", 168),
        ("Rate is $18.50/hr and OT is double time. I did 4 hrs OT. What's my OT pay?", 148),
    ],
)
async def test_hours_marked_as_overtime(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Sarah worked 7.5 hours at time and a half on £11.44 an hour and got a £20 bonus. What's her pay?",
        "Sarah worked 7.5 hours at time and a half on £11.44 an hour. What's her hourly rate?",
        "i did 6 hrs OT at time and a half, how much do i get",
        "overtime is time and a half on £21.40/hr and i did 6 hrs OT after tax, how much do i get",
    ],
)
async def test_overtime_with_a_change_or_no_rate_is_declined(request_text: str):
    await refused(request_text)
