"""Paraphrases of a total of time asked in another clock unit ('25 minutes each ... how many hours') and of a total
over a year the story says the length of ('the school year is 39 weeks ... hours a year'); near-misses with a
period asked that is not the one said, a count missing or a second question."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Each fitting takes 40 minutes. How many hours for 18 fittings?", 12),
        ("I've got 30 invoices to check at 6 minutes each. How many hours in total?", 3),
        ("Our podcast episodes run 45 minutes, we've made 52 of them. How many hours is that altogether?", 39),
        ("I practise scales 20 minutes a day, 6 days a week. How many hours a week is that?", 2),
        ("3 training videos at 1.5 hours each, how many minutes of viewing?", 270),
        (
            "Choir warm-up is 15 minutes a rehearsal, 2 rehearsals a week. Our term is 12 weeks. "
            "How many hours a term?",
            6,
        ),
        (
            "Dog walking takes me 35 minutes a day and the season runs 20 weeks, 7 days a week. "
            "How many hours per season?",
            81.6667,
        ),
    ],
)
async def test_a_time_total_in_the_unit_asked(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.parametrize(
    "request_text",
    [
        "Each fitting takes 40 minutes. How many hours?",
        "I've got 30 invoices to check at 6 minutes each. How many hours, and how many days of 7 hours?",
        "Choir warm-up is 15 minutes a rehearsal, 2 rehearsals a week. Our term is 12 weeks. How many hours a month?",
        "Choir warm-up is 15 minutes a rehearsal, 2 rehearsals a week. Our term is 12 weeks and the year is 40 "
        "weeks. How many hours a term?",
        "I practise scales 20 minutes a day, some days a week. How many hours a week is that?",
    ],
)
async def test_a_time_total_not_fully_said_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("3 fittings of 1 hour 20 minutes each, starting at 9am. What time will I finish?", "1:00 pm"),
        ("Van leaves at 8am. Five drops of 1 hour and 10 minutes each. What time will I be back?", "1:50 pm"),
        (
            "Show starts at 7pm. Part 1 runs 1 hour 10 minutes, a 20 minute break, then part 2 is 50 minutes. "
            "What time does it finish?",
            "9:20 pm",
        ),  # fmt: skip
    ],
)
async def test_a_schedule_of_lengths_in_hours_and_minutes(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer
