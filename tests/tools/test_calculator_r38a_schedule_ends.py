"""Paraphrases of the clock time a schedule ends at (a start, lengths, counts at a length each, parts named by
number), and near-misses: a count with no 'each', a start asked, a delay or a wait of no length, every day, a price."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "clock"),
    [
        ("Quiz starts at 8pm sharp. Eight rounds at 12 minutes each, a 20 minute break after round 4, and I need "
         "15 minutes at the end to mark. What time will I be announcing the winners?", "10:11"),
        ("The school bus leaves at 8:05. Nine stops at 4 minutes each. What time does it get to school?", "8:41"),
        ("Bingo starts at 7pm. Six games of 15 minutes and a 30 minute interval. What time do we finish?", "9:00"),
        ("Wedding starts at 2:30pm, 40 minutes for the vows, then 90 minutes of photos. What time will photos be done?",
         "4:40"),
        ("Training starts at 6:30pm: 15 minute warm-up, four drills at 10 minutes each, and a 20 minute game. What "
         "time's it over?", "7:45"),
        ("Film starts at 19:45 with 20 minutes of adverts and the film runs 2 hours 10 minutes. What time will it "
         "finish?", "22:15"),
    ],
)  # fmt: skip
async def test_the_end_of_a_schedule(request_text: str, clock: str):
    assert clock in (await solved(request_text))["answer"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Van leaves at 7:15am. Six drops at 25 minutes. What time will I be back?",
        "Quiz starts at 8pm. Eight rounds at 12 minutes each. What time do I need to start setting up?",
        "Quiz needs to finish by 10pm. Eight rounds at 12 minutes each. What time should we start?",
        "Van leaves at 7:15am. Six drops at 25 minutes each, but we're always 10 minutes late. What time am I back?",
        "Van leaves at 7:15am. Six drops at 25 minutes each every day. What time will I be back?",
        "Show starts at 7:30pm. Act 1 runs 52 minutes and Act 2 runs 47 minutes, with an interval. When's it end?",
        "The train leaves at 09:15 and I want to be there 10 minutes early. The walk is 35 min. What time do I get in?",
        "Van leaves at 7:15am. Six drops at 25 minutes each and a lunch stop. What time will I be back?",
        "Van leaves at 7:15am and the first drop is at 8. Six drops at 25 minutes each. What time will I be back?",
        "Show starts at 7:30pm. Tickets are £20. Act 1 is 52 minutes. What time does it end?",
    ],
)
async def test_a_missing_length_or_a_change_declines(request_text: str):
    await refused(request_text)
