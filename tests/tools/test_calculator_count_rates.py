"""A machine's count at a rate said over another stretch of time: 'our API gets 1,200 requests a minute, how many is
that per day' -> 1,728,000; people's and shops' counts, a peak, or a day's count over a month decline.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("our API gets 1,200 requests a minute, how many is that per day", 1_728_000),
        ("The server handles 350 requests a second. How many per hour?", 1_260_000),
        ("our website gets 2,000 visits a month. how many per year?", 24_000),
        ("the pump does 40 strokes a minute, how many an hour?", 2_400),
        ("my app sends 500 notifications an hour, how many daily", 12_000),
    ],
)
async def test_a_machines_steady_count_over_another_stretch(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "we get 30 emails a day, how many a week?",
        "a cafe gets 45 customers an hour. how many a day?",
        "I type 40 words a minute, how many per day?",
        "our API gets 1,200 requests a minute at peak, how many per day",
        "our API gets 1,200 requests a day, how many a month?",
    ],
)
async def test_people_a_peak_or_a_calendar_stretch_declines(request_text: str):
    await refused(request_text)
