"""A clock time said with its part of the day ('at 6.45 in the morning', 'till 5.30 in the afternoon') is read as
am or pm; a count said in the morning (tablets) is no clock time, and a time left bare stays ambiguous."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "hours"),
    [
        ("The caretaker opens up at 6.45 in the morning and locks up at 6.15 in the evening. How long is that?", 11.5),
        ("I unlock at 6:45 in the morning and lock up at 6:15 in the evening. How long is that?", 11.5),
        ("Open from 8 in the morning till 5.30 in the afternoon, how many hours?", 9.5),
        ("shop opens at 9 in the morning and shuts at 6 in the evening, how long is it open", 9),
    ],
)
async def test_a_clock_time_with_its_part_of_the_day_is_am_or_pm(request_text: str, hours: float):
    assert float((await solved(request_text))["result"]) == pytest.approx(hours)


@pytest.mark.parametrize(
    "request_text",
    [
        "I take 2 in the morning and 5 in the evening. How many a week?",
        "I unlock at 6.45 in the morning and lock up at 6.15. How long is that?",
        "I unlock at 6.45 in the morning and lock up at 6.15 in the evening. How long is that, and how much overtime?",
    ],
)
async def test_a_count_a_bare_time_or_a_second_question_is_declined(request_text: str):
    await refused(request_text)
