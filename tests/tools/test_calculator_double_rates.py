"""A price per one thing per another with a count of each ('22.50 per child per night. 30 children, 2 nights') is
paid for every one on every other: price × both counts, never divided by one of them; a count missing, a third
count, a share asked or a word that changes the sum stays declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The hostel charges 22.50 per child per night. 30 children, 2 nights. What's the hostel bill?", 1350),
        ("Camp costs £4 per person per day. 6 people, 5 days. How much in total?", 120),
        ("bike hire is €12 per bike per day, we need 4 bikes for 3 days, what's the total cost?", 144),
        ("the cattery is £15 per cat per night, 2 cats for 7 nights, total?", 210),
        ("£8 per person per hour, 5 people, 3 hours, how much altogether?", 120),
        ("Kayaks are $25 a kayak a day. 3 kayaks, 2 days. What's the cost?", 150),
    ],
)
async def test_a_price_per_one_per_another(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "The hostel charges 22.50 per child per night. 30 children. What's the hostel bill?",
        "The hostel charges 22.50 per child per night. 30 children, 2 nights, 3 teachers. What's the bill?",
        "The hostel charges 22.50 per child per night. 30 children, 2 nights. How much each?",
        "The hostel charges 22.50 per child per night. 30 children, 2 nights, teachers free. What's the bill?",
        "Camp costs £4 per person per day. 6 people, 5 days, split between 2 families. How much each?",
    ],
)
async def test_double_rates_that_leave_a_guess_are_declined(request_text: str):
    await refused(request_text)
