"""Paraphrases of a journey or a measure said the way people say it ('the 38-mile run', 'at an average speed of 48
km/h', '3h30', "It's 5.6 m long"), and near-misses with a figure missing, a second leg, or money in the hyphen."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Morning! The courier did the 27-mile school run in 45 minutes. Average speed in mph?", 36),
        ("What's the average speed in km/h of a 150-km coach trip that took 2 hours 30 minutes?", 60),
        ("The canal towpath is 12 km long. How many minutes to cycle it at an average speed of 18 km/h?", 40),
        ("How long in minutes is a 9 km walk at a steady pace of 6 km/h?", 90),
        ("Drove 180 miles in 3h20, avg speed?", 54),
        ("A 63-km ride at an average of 21 km/h takes how many hours?", 3),
        ("Our patio needs slabs. It's 4.5 m long and 3.2 m wide. What's the area in square metres?", 14.4),
    ],
)
async def test_a_measure_said_as_people_say_it(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "The courier did the 27-mile school run and back. Average speed in mph?",
        "The canal towpath is long. How many minutes to cycle it at an average speed of 18 km/h?",
        "Drove 180 miles in 3h20 then 40 miles more, avg speed?",
        "A 63-km ride at an average of 21 km/h with a 30-minute stop takes how many hours?",
        "It's 4.5 m long. What's the area in square metres?",
        "The 20-pound voucher covers 3 cinema tickets. How much per ticket is left?",
    ],
)
async def test_a_form_with_more_to_it_is_declined(request_text: str):
    await refused(request_text)
