"""An hourly rate over the time between two clock times ('party runs 2pm till 4:45pm and the entertainer charges £40
an hour. how much will that be?', billed_hours.py). Times said without am or pm give the same span either way; a
break, a call-out fee or a question about the time declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "cost"),
    [
        ("party runs 2pm till 4:45pm and the entertainer charges £40 an hour. how much will that be?", 110),
        ("I worked from 9am to 5:30pm at £12 an hour, how much did I earn?", 102),
        ("hire the hall from 2pm till 4:45pm at £40 an hour. how much?", 110),
        ("the sitter comes 18:30 to 23:00 at £11 per hour, what will it cost?", 49.5),
        ("The bouncy castle is $35 an hour from 10:30am to 1pm. How much will it cost?", 87.5),
        ("party runs 2 till 4:45 and the entertainer charges £40 an hour. how much will that be?", 110),
    ],
)
async def test_an_hourly_rate_over_clock_times(request_text: str, cost: float):
    answer = await solved(request_text)
    assert answer["result"] == cost
    assert answer["problem"] == "hours at a rate"


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "party runs 2pm till 4:45pm, the entertainer charges £40 an hour with a £20 call-out. how much is that?",
        "party runs 2pm till 4:45pm and the entertainer charges £40 an hour. how long is that?",
        "I worked from 9am to 5:30pm at £12 an hour with a 30 minute lunch, how much did I earn?",
    ],
)
async def test_a_span_not_told_in_full_is_declined(request_text: str):
    assert "I can't work out" in await refused(request_text)
