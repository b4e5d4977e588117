"""Hours named 'normal', 'regular' or 'basic' beside overtime are the hours that are not overtime: the pay with
overtime is worked out as for plain hours; two sets of named hours, or none of them overtime, are left as they were."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I did 37.5 normal hours at $23.40 an hour this week plus 4 hours overtime at time and a half. What's my "
         "gross pay?", 1017.9),
        ("worked 40 regular hours at £12 an hour and 5 hours overtime at time and a half, what's my pay?", 570),
        ("38 basic hours at £11.50 an hour plus 6 hours overtime at double time, total pay?", 575),
        ("35 standard hours at $20 an hour plus 3 hours overtime at time and a half. What's my pay?", 790),
        ("I worked 36 contracted hours at £14 an hour and 2 hours overtime at time and a half, how much do I get?",
         546),
        ("I did 40 normal hours at $18 an hour plus 8 hours overtime at double time. Gross pay?", 1008),
    ],
)  # fmt: skip
async def test_normal_hours_beside_overtime(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I did 37.5 normal hours and 5 regular hours at $23.40 an hour plus 4 hours overtime at time and a half. "
        "What's my pay?",
        "I did 37.5 normal hours at $23.40 an hour plus 4 hours overtime. What's my pay?",  # at what rate?
    ],
)
async def test_overtime_left_open_is_declined(request_text: str):
    await refused(request_text)
