"""Clock times said with the part of the day and their minutes ('left alice 4.30 in the morning, rolled into
katherine 9.10 at night'), with no clock word before them, are am and pm times; 'at night' is the evening's. A span
asked 'as decimal hours' is answered, as its hours are shown as a decimal anyway. Counts of things said with a part
of the day ('2 in the morning') stay counts."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("left alice 4.30 in the morning, rolled into katherine 9.10 at night. how many minutes was that all up", 1000),
        ("low tide 6:40 in the morning, I work in the water until 11:15. how many minutes I was in the water?", 275),
        ("we left at 10.30 at night and arrived 6.15 in the morning. how many minutes was the drive?", 465),
        ("I start 4:50am and close 9:15pm. how many hours I spend on the road? give it as decimal hours please",
         16.4166666667),
    ],
)  # fmt: skip
async def test_the_span_is_read(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "take 2 in the morning and 2 in the evening. how many hours between them?",
        "left 4.30 in the morning and got back 3.10 at night. how many minutes?",  # 3 is no hour of the night
    ],
)
async def test_a_count_or_an_hour_the_part_cannot_hold_is_not_a_time(request_text: str):
    await refused(request_text)
