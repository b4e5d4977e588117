"""Paraphrases of a span between two clock times asked by its unit alone ('in hours?', 'Minutes worked?', 'total
mins out?', 'the duration in minutes', 'as a decimal'), and near-misses with a break, a repeat, another figure or a
question that asks something else."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("out on the van 07:05, home 15:20, total mins out?", 495),
        ("Opened up 08:45. Locked up 17:15. Hours worked?", 8.5),
        ("Porter's shift runs 22:00 to 06:30, in hours?", 8.5),
        ("Kindly give the length in minutes of a hearing that opened at 14:10 and closed at 16:35.", 145),
        ("Doors at 18:40, last orders 23:10. Minutes open?", 270),
        ("Clocked on 07:45 and clocked off 16:15. Hours as a decimal?", 8.5),
        ("I log my hours for the agency. Yesterday I was on site from 06:30 to 14:45. How many hours is that?", 8.25),
        ("Site visit from 09:20 till 11:05 - time in minutes?", 105),
        ("Rota says 12:15 to 20:45 on Sunday. Hours on shift?", 8.5),
    ],
)
async def test_a_span_asked_by_its_unit_alone(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "out on the van 07:05, home 15:20 with a 30 min stop, total mins out?",
        "Opened up 08:45. Locked up 17:15, less a 45 min lunch. Hours worked?",
        "Porter's shift runs 22:00 to 06:30 four nights a week, in hours?",
        "Doors at 18:40, last orders 23:10. Minutes open each day for 6 days?",
        "out on the van 07:05, home 15:20, total mins out and the mileage?",
        "Opened up 08:45. Locked up 17:15. Pay?",
        "The hearing opened at 10:10 and closed at 12:35 after a 20 minute recess. Length in minutes?",
        "Shift 09:00 Monday to 17:00 Wednesday, hours worked?",
        "Clocked on 07:45 and clocked off 16:15. Overtime hours as a decimal?",
    ],
)
async def test_a_span_with_more_to_it_is_declined(request_text: str):
    await refused(request_text)
