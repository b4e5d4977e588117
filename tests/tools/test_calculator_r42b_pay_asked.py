"""A shift with an unpaid break gives the hours paid; asked what the pay is, with no rate, it is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    "request_text",
    [
        "night shift 10pm to 6:30am with a 30 min unpaid break, how much do i get paid?",
        "My shift is 7:15am to 3:45pm with a 30 minute unpaid break. What do I earn?",
        "I worked 7:50am to 4:20pm with a 30 min lunch break, how much will I make?",
        "Rostered 9am-5:30pm, unpaid 30 minute lunch. What's my pay for the day?",
    ],
)
async def test_pay_asked_of_a_shift_with_no_rate_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "night shift 10pm to 6:30am with a 30 min unpaid break, how many hours do i get paid for?",
        "My shift is 7:15am to 3:45pm with a 30 minute unpaid break. How much time am I paid for?",
    ],
)
async def test_hours_asked_of_a_shift_are_answered(request_text: str):
    assert (await solved(request_text))["result"] == 8
