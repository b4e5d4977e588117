"""A measure asked in two units at once ('in square metres and in acres', 'in km/h and mph'): both are given, or the
request is declined — never half of it answered as if it were the whole."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solve, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "first", "second"),
    [
        ("Pitch is 105 m by 68 m. Area in square metres and in acres?", "1.764", "7140"),
        ("The paddock is 120 m by 90 m, area in sq m and in acres?", "2.668", "10800"),
        ("Our allotment is 250 m by 40 m. What's that in acres and in square metres?", "2.47", "10000"),
        ("I cycled 30 km in 1 hour 15 minutes. Average speed in km/h and mph?", "24", "14.91"),
    ],
)
async def test_a_measure_asked_in_two_units_gives_both(request_text: str, first: str, second: str):
    reply = await solved(request_text)
    assert first in reply["answer"] and second in reply["answer"]


@pytest.mark.parametrize(
    "request_text",
    [
        "The pitch is 105 m by 68 m. Area in acres and the cost to reseed?",
        "How far is 10 km in miles and in feet, and how long to walk it?",
        "The tank holds 200 litres. How many gallons and how many pints?",
    ],
)
async def test_a_second_unit_not_answered_is_declined(request_text: str):
    await refused(request_text)


async def test_feet_and_inches_stay_one_amount():
    reply = await solve("The shelf is 1.9 m long. What is that in feet and inches?")
    assert reply.is_error or "ft" in str(reply.content) or "inch" in str(reply.content)
