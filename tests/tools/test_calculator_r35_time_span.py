"""Paraphrases of clock plans (start by a deadline, end from a start), slots between two clock times, shifts with
no break and days to go from today, with the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("If dinner's at 6:30pm and it takes 1 hr 45 to cook when do i need to start", "4:45 pm"),
        ("My train is at 8:15am and it takes 25 minutes to walk to the station. When should I leave?", "7:50 am"),
        ("The meeting is at 14:00 and the drive takes 1 hour 20 minutes. What time do I need to set off?", "12:40"),
        ("Lunch is at 1pm and the roast needs 2.5 hours. When should I put it in?", "10:30 am"),
        ("I put the bread in at 2:15pm and it bakes for 40 minutes. When will it be ready?", "2:55 pm"),
        ("We start at 9:45am and the workshop lasts 3 hours. What time will we finish?", "12:45 pm"),
        ("Hygiene appointments are 25 minutes each. If the hygienist works from 8:30 to 12:45 with no gaps, how many "
         "full appointments fit in?", "10 appointments"),
        ("Each lesson is 45 minutes. The studio is open from 9am to 5pm. How many whole lessons can fit?",
         "10 lessons"),
        ("How many 20-minute slots fit between 1:15pm and 4:00pm?", "8 slots"),
        ("Consultations last 15 minutes each and the clinic runs 14:00 to 17:30. How many consultations can be "
         "booked?", "14 consultations"),
        ("Tours take 1 hour each, from 10am to 3:30pm back to back. How many full tours can we run?", "5 tours"),
    ],
)  # fmt: skip
async def test_clock_story_paraphrases(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Shift starts 7.30am and finishes 4.15pm, no break. How many hours is that, as a decimal?", 8.75),
        ("My shift is 9am to 5.30pm, no lunch break. How many hours is that as a decimal?", 8.5),
        ("The wedding is on 14 June 2025 and today is 3 February 2025. How many days to go?", 131),
        ("My exam is on 2 May 2026 and today is 18 March 2026. How many days until the exam?", 45),
        ("The deadline is 30 November 2025; today's date is 1 October 2025. How many days are left?", 60),
    ],
)
async def test_span_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "If dinner's at 6:30 and it takes 1 hr 45 to cook when do i need to start",
        "If dinner's at 6:30pm and it takes 1 hr 45 to cook and 20 minutes to rest when do i need to start",
        "If dinner's at 6:30pm and it takes 1 hr 45 to cook when will it be ready",
        "I start at 2pm and it takes 40 minutes. When should I start?",
        "If dinner's at 6:30pm and it takes 1 hr 45 to cook for 6 people when do i need to start",
        "Hygiene appointments are 25 minutes each. If the hygienist works from 8:30 to 12:45 with a lunch break, how "
        "many full appointments fit in?",
        "Hygiene appointments are 25 minutes each. If the hygienist works from 8:30 to 12:45 with 5 minutes between, "
        "how many full appointments fit in?",
        "Hygiene appointments are 25 minutes each. If the hygienist works from 8:30 to 12:45, how many minutes are "
        "left?",
        "Appointments are 25 minutes each for 3 hygienists from 8:30 to 12:45. How many full appointments fit in?",
        "Shift starts 7.30am and finishes 4.15pm, a break. How many hours is that, as a decimal?",
        "The wedding is on 14 June and today is 3 February. How many days to go?",
        "The wedding was on 14 June 2025 and today is 3 February 2025. How many days since?",
        "The wedding is on 14 June 2025 and today is 3 February 2025. How many working days to go?",
    ],
)
async def test_clock_story_near_misses_are_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
