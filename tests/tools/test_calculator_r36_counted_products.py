"""Paraphrases of products written with the things counted, with the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Work out 14 trucks × 2,350 miles each this month", 32900),
        ("14 trucks × 2,350 miles", 32900),
        ("Work out 7 porters times 37.5 hours each for the week", 262.5),
        ("7 porters × 37.5 hours each", 262.5),
        ("Calculate 12 vans x 480 km each last week", 5760),
        ("What's 9 nurses times 11.5 hours each?", 103.5),
        ("6 tanks × 1,200 litres each", 7200),
    ],
)
async def test_counted_product_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "14 trucks × 2,350 miles a week",
        "14 trucks × 2,350 miles each plus 300 miles",
        "14 trucks × 2,350 miles each, minus 10%",
        "2 trucks × 3 vans",
        "14 trucks × miles each",
    ],
)
async def test_counted_product_near_misses(request_text: str):
    await refused(request_text)
