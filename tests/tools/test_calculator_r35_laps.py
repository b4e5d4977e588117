"""Paraphrases of a count of laps or lengths said of each one of a group, asked 'each': declined, never the length
shared out among the laps; the near-misses that still answer."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Our pool is 33.3 m and the kids did 30 lengths each. How many metres each?",
        "Our pool is 33.3 m and the kids did 30 lengths each. How many metres did each swim?",
        "Our pool is 33.3 m and each kid did 30 lengths. How many metres each?",
        "The track is 400 m and the runners did 12 laps each. How far did each run?",
        "The lap is 2.5 km and the riders did 8 laps each. How many km each?",
        "Each girl swam 20 lengths of a 25 m pool. How many metres each?",
    ],
)
async def test_laps_each_are_not_a_group_to_share(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Our pool is 25 m and I swam 40 lengths. How many metres did I swim?", 1000),
        ("100 sweets among 5 kids. How many each?", 20),
        ("We drove 300 km over 3 days. How many km each day?", 100),
    ],
)
async def test_near_misses_still_answer(request_text: str, result: float):
    assert (await solved(request_text))["result"] == result
