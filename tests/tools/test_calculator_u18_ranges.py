"""The most or the least a range can come to ('somewhere between 35 and 40 guests ... What's the most it could cost
us?'), worked out at both ends of the range so the extreme is right whichever way the answer moves."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Wedding numbers are somewhere between 35 and 40 guests and the caterer charges $62 a head. What's the most "
         "it could cost us?", 2480),
        ("Wedding numbers are somewhere between 35 and 40 guests and the caterer charges $62 a head. What's the least "
         "it could cost us?", 2170),
        ("We expect between 20 and 25 people at $15 each. What's the maximum cost?", 375),
        ("We expect between 20 and 25 people at $15 each. What's the minimum cost?", 300),
        ("Between 4 and 6 of us are sharing a $120 bill. What's the most each person pays?", 30),  # the fewest people
        ("Between 4 and 6 of us are sharing a $120 bill. What's the least each person pays?", 20),
        ("We're expecting anywhere from 12 to 18 kids at £3.50 a head. What's the most it could cost?", 63),
    ],
)  # fmt: skip
async def test_the_extreme_of_a_range_is_worked_out(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Between 35 and 40 guests at $62 a head, and between 2 and 3 hours. What's the most?",  # two ranges
        "between 3 and 5 times 4, what's the most",
        "Between 35 and 40 guests at $62 a head. What's the most and the least it could cost?",  # two extremes
        "Between 35 and 40 guests at $62 a head. What will it cost?",  # no extreme asked
    ],
)
async def test_a_range_without_one_extreme_asked_is_declined(request_text: str):
    await refused(request_text)
