"""'How many working days' of work done at so much a day counts the days worked: 'I can translate about 2,300 words
a day and the manual is 16,100 words. How many working days will it take?' is 7. A rate per week or per hour,
which would need the length of a working week or day, still declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "days"),
    [
        ("I can paint 3 rooms a day. How many working days for 12 rooms?", 4),
        ("We pack 450 boxes a day. How many working days for 2,700 boxes?", 6),
        ("I proofread 40 pages a day, the thesis is 280 pages. how many working days do I need?", 7),
        ("I can knit 2 scarves a day, how many working days to knit 16 scarves?", 8),
        ("I can translate 2,000 words a day. how many business days for 14,000 words?", 7),
        ("I can translate about 2,300 words a day and the manual is 16,100 words. How many working days?", 7),
    ],
)
async def test_working_days_at_a_daily_rate_are_days(request_text: str, days: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(days)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I work 40 hours a week, how many working days is 120 hours?",
        "I do 500 words a day and 2,000 a week. how many working days for 10,000 words",
    ],
)
async def test_working_days_from_another_period_decline(request_text: str):
    await refused(request_text)
