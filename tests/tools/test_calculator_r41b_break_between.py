"""Paraphrases of hours worked 'between' two clock times less a break, and near-misses with a repeat, a paid break
or a second question."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("How many hours are worked between 8:15 am and 4:45 pm, less a 30-minute lunch break?", 8),
        ("Between 7 am and 3:30 pm, minus a 45 minute unpaid lunch, how many hours are worked?", 7.75),
        ("I work between 9 am and 5:30 pm with an unpaid 30 min break. How many hours is that?", 8),
        # minutes asked: the same time, in minutes
        ("I worked from 7:40am to 3:15pm with a 35 minute break. How many minutes did I work?", 420),
    ],
)
async def test_hours_between_two_times_less_a_break(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "How many hours are worked between 8:15 am and 4:45 pm, less a 30-minute lunch break, twice a week?",
        "How many hours are worked between 8:15 am and 4:45 pm, less a 30-minute lunch break, and what's the pay?",
        "My shift is between 9 am and 5:30 pm with a 30 min paid break, how many hours are worked?",
    ],
)
async def test_a_span_with_more_to_it_is_declined(request_text: str):
    await refused(request_text)
