"""Families the calculator missed on a blind-written set (issue 9, heldout 6): a label or a chatty opening before
the question ('Homework check:', 'quick one -'), and the near misses that must still be declined.

Each request goes through a real MCP client session against the calculator's ``solve`` tool.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        # a label naming what the question is about, or a chatty opening and a dash
        ("quick one - what's 7 to the power of 4, minus 250?", 2151),
        ("Homework check: 3x + 7 = 31. What is x?", 8),
        ("Maths homework: 2x - 4 = 10. Find x", 7),
        ("Road trip stats: we drove 380 miles on 11.5 gallons. What mpg did we get?", 33.0435),
        ("hey - what is 12 times 12?", 144),
    ],
)
async def test_heldout_6_families_are_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        # a label that carries a number, a unit or a word the calculation reads is not set aside
        "Sample of 3: what's the mean of 4, 5 and 6?",
        "Per person: $120 split 4 ways plus a $10 tip",
        "Kilometres: how far is 5 miles?",
        # what is left after the label must account for itself
        "Homework check: 3x + 7 = 31. What is y?",
        "Homework check: what is x?",
    ],
)
async def test_heldout_6_near_misses_are_declined(request_text: str):
    await refused(request_text)
