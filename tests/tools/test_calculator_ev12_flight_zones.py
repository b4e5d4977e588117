"""How long a flight takes when it lands in local time of another zone ('Flight leaves at 22:40 and lands at 07:15
local time the next day. Destination is 3 hours ahead of home. How long is the flight in minutes?'). A delay, a
difference said of home rather than the destination, or times that could be morning or night declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "minutes"),
    [
        ("Flight leaves at 22:40 and lands at 07:15 local time the next day. Destination is 3 hours ahead of home. "
         "How long is the flight in minutes?", 335),
        ("flight leaves 09:15, arrives 17:45 local time, destination is 5 hours ahead. how many minutes in the air?",
         210),
        ("Our plane departs at 14:00 and lands at 15:30 local time. The destination is 2 hours behind home. How "
         "many minutes is the flight?", 210),
        ("We take off at 23:50 and land at 06:20 local time. The destination is 1 hour ahead. How long in minutes?",
         330),
    ],
)  # fmt: skip
async def test_a_flight_across_zones(request_text: str, minutes: int):
    assert (await solved(request_text))["result"] == minutes


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Flight leaves at 22:40 and lands at 07:15 local time the next day after a delay. Destination is 3 hours "
        "ahead of home. How long is the flight in minutes?",
        "Flight leaves at 22:40 and lands at 07:15 local time the next day. Home is 3 hours ahead of the "
        "destination. How long is the flight in minutes?",
        "Our plane departs at 10:00 and lands at 11:30 local time. The destination is 2 hours behind home. How "
        "long is the flight?",
    ],
)
async def test_a_flight_not_told_in_full_is_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
