"""Paraphrases of scene-setting around a question: a clause of context before a dash, a unit named in the scene and
asked again, a sentence explaining the sum after it; near-misses that say something the sum could use decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Checking my answer key before I hand it out - solve 3x + 7 = 25 for x.", 6),
        ("Marking homework before we hand it back - solve 2x - 4 = 10.", 7),
        (
            "Retired and thinking about savings - if I invest £5,000 at 3% interest compounded once a year, what "
            "will the balance be after 4 years?",
            5627.54,
        ),
        (
            "Retired now, so curious - if I put $8,000 in at 5% compounded annually, what's it worth after 6 years?",
            10720.77,
        ),
        (
            "Buyer from the States wants the flat size in square feet - it's 68 square metres. What's that in sq ft?",
            731.95,
        ),
        ("Client wants the room in square feet - it's 20 square metres. What's that in square feet?", 215.28),
        (
            "Quick one - can you do 1,150 × 12 ÷ 52 × 5 for me? It's the five-week deposit cap on a £1,150 a "
            "month let.",
            1326.92,
        ),
        ("What's 450 × 3? It's three nights at £450.", 1350),
        ("can you do 15% of 80?", 12),
        ("How many litres is 120 UK gallons? The pumps read litres.", 545.53),
    ],
)
async def test_the_scene_is_set_aside(request_text: str, expected: float):
    assert (await solved(request_text))["result"] == pytest.approx(expected, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "What's 450 × 3? It's three nights at £450 plus tax.",
        "What's 450 × 3? It's four nights at £450.",
        "What's 85 + 120? It's what I owe.",
        "Before tax - what is 20% of 500?",
        "What's 30 miles in km? My sat nav is in feet.",
    ],
)
async def test_a_scene_that_could_change_the_sum_declines(request_text: str):
    await refused(request_text)
