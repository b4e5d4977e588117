"""Paraphrases of a sum laid out as a form with a line that only describes ('Walker: a postman on his round.'),
and near-misses where that line carries a figure, a change to the sum, or is the last line of all."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Distance 7.5 km. Pace 6 km/h. Walker: a postman on his round. Time in minutes?", 75),
        ("Distance: 12 km. Speed: 8 km/h. Rider: a courier on her bike. Minutes?", 90),
        ("Start 09:15. Finish 16:45. Job: boiler service for a landlord. Minutes worked?", 450),
        ("Drove 90 miles in 2 hours. Driver: a locum vet on call. Average speed in mph?", 45),
    ],
)
async def test_a_describing_line_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Distance 7.5 km. Pace 6 km/h. Walker: a postman with a 2 km detour. Time in minutes?",
        "Distance 7.5 km. Pace 6 km/h. Note: plus a break. Time in minutes?",
        "Distance 7.5 km. Pace 6 km/h. Walker: a postman on his round.",
        "Distance: 12 km. Speed: 8 km/h. Rider: a courier, twice a day. Minutes?",
        "Drove 90 miles. Driver: a locum vet on call. Average speed in mph?",
    ],
)
async def test_a_line_with_more_to_it_is_declined(request_text: str):
    await refused(request_text)
