"""Paraphrases of a conversion asked of a named thing, with the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("A buyer in California wants to know our vineyard size in acres. We farm 12.5 hectares.", 30.8881727),
        ("We farm 12.5 hectares. What is our vineyard size in acres?", 30.8881727),
        ("Our garden is 450 square metres. What's the garden area in square feet?", 4843.7596875),
        ("The allotment is 250 square metres. My neighbour wants to know the plot size in square feet.", 2690.97760),
        ("Our patio is 20 square metres. What's the patio size in square feet?", 215.27821),
    ],
)
async def test_named_conversion_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-3)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "The tank holds 60 litres and 20 litres. What is the tank capacity in gallons?",
        "We farm 12.5 hectares. What is our vineyard size in kg?",
        "A buyer wants to know our vineyard size in acres.",
    ],
)
async def test_named_conversion_near_misses(request_text: str):
    await refused(request_text)
