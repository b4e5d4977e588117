"""Paraphrases of a pace asked in a unit of speed, with the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I hiked 11.2 miles in 5 hours 20 minutes. What was my average pace in mph?", 2.1),
        ("I ran 10 km in 50 minutes. What was my pace in km/h?", 12),
        ("We walked 9 miles in 3 hours. What was our pace in mph?", 3),
        ("She cycled 42 km in 1.5 hours. What pace is that in km/h?", 28),
        ("I ran 10 km in 50 minutes. What was my pace per mile?", 8.04672),
        ("I ran 10 km in 50 minutes. What was my pace?", 5),
    ],
)
async def test_pace_as_speed_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I ran 10 km in 50 minutes. What was my pace in miles?",
        "I ran 10 km in 50 minutes. What was my pace in minutes?",
        "I ran 10 km. What was my pace in mph?",
    ],
)
async def test_pace_as_speed_near_misses(request_text: str):
    await refused(request_text)
