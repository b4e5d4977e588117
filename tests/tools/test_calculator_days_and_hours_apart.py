"""Days and then hours joined by 'and' are one stretch of time ('5 days and 7 hours'), unless the hours happened on
a day of their own ('for 5 days and 7 hours on Saturday'): then they are a second amount, never added into days."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("It took 5 days and 7 hours. How many hours is that?", 127),
        ("The crossing lasted 2 days and 6 hours. How many hours?", 54),
        ("I practise 1 hour and 20 minutes a day. How many minutes a week?", 560),
        ("I worked 2 hours and 30 minutes on Saturday at $12 an hour. How much did I earn?", 30),
    ],
)
async def test_one_stretch_of_time_is_still_read_whole(request_text: str, result: float) -> None:
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "I work 4 hours a day for 5 days and 7 hours on Saturday at $10 an hour. How much do I make in a week?",
        "She drives 6 hours a day for 4 days and 3 hours on Sunday at $20 an hour. What does she earn?",
        "We run the stall for 3 days and 5 hours on the weekend, 8 hours a day, at £9 an hour. Wages?",
    ],
)
async def test_hours_on_a_day_of_their_own_are_never_added_into_days(request_text: str) -> None:
    assert await refused(request_text)  # declined: never 5 days and 7 hours made 5.29 days
