"""Paraphrases of when to set off for stretches said before one clock time, with the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("Sunrise in Glencoe is at 05:42 and I need to be set up 45 minutes before. The walk-in takes 1 hour 10 "
         "minutes. What time do I need to leave the car?", "03:47"),
        ("The train leaves at 09:15 and I want to be there 10 minutes early. The drive takes 35 minutes. What time "
         "should I leave?", "08:30"),
        ("The match starts at 3pm. I want to be there 30 minutes before and the drive is 1 hour 15 minutes. When "
         "should I set off?", "1:15 pm"),
        ("Kick-off is at 19:45. We like to be in our seats 20 minutes early and the bus takes 40 minutes. What time "
         "should we leave?", "18:45"),
        ("My train is at 8:15am and it takes 25 minutes to walk. I want to be 10 minutes early. When should I "
         "leave?", "7:40 am"),
        ("The ferry sails at 07:10; check-in closes 30 minutes before and the drive to the port takes 55 minutes. "
         "When should I leave?", "05:45"),
    ],
)  # fmt: skip
async def test_clock_backplan_paraphrases(request_text: str, answer: str):
    assert (await solved(request_text))["answer"].startswith(answer)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Dinner is at 7pm, cooking takes 90 minutes and I rest it 20 minutes after. When should I start?",
        "I leave at 05:42 and the walk takes 1 hour 10 minutes and I set up 45 minutes before. What time do I need "
        "to leave?",
        "The flight is at 6:30. I need to be there 2 hours early and the drive takes 50 minutes. When should I leave?",
        "The train leaves at 09:15 and I want to be there 10 minutes early. The drive takes 35 minutes. What time do "
        "I arrive?",
    ],
)
async def test_clock_backplan_near_misses(request_text: str):
    await refused(request_text)
