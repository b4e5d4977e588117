"""Paraphrases of 'the average number of <things> per day' of a list of one day's figure each; near-misses with a
day twice, figures without days, a period the list is not of, or a unit in place of the counted things."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "I moved 38 patients on Monday, 42 on Tuesday and 35 on Wednesday. Average number of moves per day?",
            38.333333,
        ),
        ("Calls taken: Mon 12, Tue 15, Wed 9. Average number of calls a day?", 12),
        ("Visitors: Sat 140, Sun 165. What was the average number of visitors per day?", 152.5),
    ],
)
async def test_the_average_number_of_things_per_day(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "I did 38 transfers on Monday, 42 on Tuesday, 35 on Monday. What was my average number of transfers per day?",
        "Did 38 transfers on Monday, 42 on Tuesday, 35 on Wednesday. What was my average number of transfers per week?",
        "I did 38 transfers, 42 and 35. What was my average number of transfers per day?",
        "I did 38 transfers on Monday, 42 on Tuesday, 35 on Wednesday. What was my average number of miles per day?",
        "Did 38 transfers on Monday, 42 on Tuesday, 35 on Wednesday. What was my average number of transfers per hour?",
    ],
)
async def test_a_day_twice_or_another_period_is_declined(request_text: str):
    await refused(request_text)
