"""Paraphrases of the time worked between a start and a finish less its breaks (one, or a count of one length),
and near-misses: paid hours of a shift, pay asked, a break with no length, breaks repeated, more days."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "hours"),
    [
        ("Clocked in at 06:30, had a 45 minute lunch, clocked out at 15:00. How many hours did I actually work?", 7.75),
        ("Site opened 7:00, we knocked off at 16:30 and took a 30 min break for dinner. How long did we work?", 9),
        ("Night shift 21:00 to 07:00 with two 30-minute breaks. How many working hours is that?", 9),
        (
            "I started at 9:10 and finished at 17:40 with a 50 minute lunch. How long did I work? Invoicing tonight",
            7 + 2 / 3,
        ),
        ("Started at 8am, finished at 4:30pm, 30 mins for lunch. How many hours did I work?", 8),
        (
            "We started chipping at 7:40 and finished at 15:05, with a 30 min break for dinner. How long did we work?",
            6 + 55 / 60,
        ),
        (
            "Started at 8:15, took 40 mins for lunch, packed up at 16:50. How long did I work? I bill by the hour",
            7 + 55 / 60,
        ),
        (
            "Shift 22:00 to 06:00, with two 20-minute breaks. How many working hours per person?",
            7 + 1 / 3,
        ),
    ],
)
async def test_time_worked_less_its_breaks(request_text: str, hours: float):
    assert (await solved(request_text))["result"] == pytest.approx(hours, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Shift is 22:00 to 06:00 with a 40 minute break. How many paid hours is that?",
        "Started at 8:15, took 40 mins for lunch and finished at 16:50. How much do I earn?",
        "Started at 8:15, took 40 mins for lunch twice and finished at 16:50. How long did I work?",
        "Started at 8:15, took a lunch break and finished at 16:50. How long did I work?",
        "Started at 8:15 with two 20-minute breaks every day and finished at 16:50. How long did I work?",
        "Started at 8:15, 40 mins for lunch, finished at 16:50. How long did I work? I bill by the hour at £40",
        "Shift 22:00 to 06:00 with two 20-minute breaks, 5 nights. How many working hours?",
        "my shift is 9:00 to 17:30 with a 45 minute break, how many hours did I work?",
    ],
)
async def test_pay_repeats_or_a_break_with_no_length_decline(request_text: str):
    await refused(request_text)
