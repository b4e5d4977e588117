"""A rate's unit said straight after what it measures ('avg speed km/h?') is the unit of the answer: 600 m in 8
minutes was answered as 4,500 metres per hour, the right speed in a unit nobody asked for."""

from __future__ import annotations

import pytest

from tests.tools.conftest import solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result", "unit"),
    [
        ("walked 600 m in 8 minutes, average speed km/h", 4.5, "kilometers per hour"),
        ("the courier rode 1,200 m in 4 mins, avg speed km/h?", 18, "kilometers per hour"),
        ("drove 120 miles in 2 hours, average speed mph?", 60, "miles per hour"),
        ("drove 120 miles in 2 hours, average speed km/h?", 96.56064, "kilometers per hour"),
    ],
)
async def test_the_answer_is_in_the_rate_named(request_text: str, result: float, unit: str):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result)
    assert answer["unit"] == unit
