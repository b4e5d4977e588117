"""Paraphrases of an area asked 'how big ... in' another unit, and inches written 'in' before a second 'in';
near-misses with a figure's sides, a second question or another thing's measure."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A client wants to know how big a 120 square metre flat is in square feet. Can you convert it?", 1291.67),
        ("How large is a 3 acre paddock in square metres?", 12140.57),
        ("Inside leg is 32 in. What's 32 in in cm?", 81.28),
        ("Quick conversion for the quilt, 90 in to metres", 2.286),
    ],
)
async def test_an_area_or_a_length_asked_in_another_unit(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "How big a 120 square metre flat is in square feet, with the 8 square metre balcony?",
        "A client wants to know how big a 120 square metre flat is in square feet and what the rent is.",
        "How big a garden do I need for a 120 square metre lawn in square feet?",
        "I packed 32 in in a box. How many cm?",
        "Inside leg is 32 in and the hem adds 2 in. What's 32 in in cm?",
    ],
)
async def test_a_measure_that_is_not_just_converted_is_declined(request_text: str):
    await refused(request_text)
