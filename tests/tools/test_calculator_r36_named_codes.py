"""Paraphrases of numbers that name a thing (a code of capitals written onto its number, a product and its
version closing the request) and of centilitre measures, with the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Resolution times for today's P2 tickets in minutes: 35, 52, 18, 44, 61, 29. What's the average?", 39.833333),
        ("Mean of the P1 times: 12, 15, 21 minutes?", 16),
        ("Scores were 12, 15 and 21 for the B3 team. Average?", 16),
        ("Q3 sales were £40,000 and Q4 sales were £46,000. What's the percentage increase?", 15),
        ("The A14 is 80 miles long and I drive at 60 mph. How long does it take?", 1.333333),
        ("Calculate 22% of 350 devices still on Windows 10", 77),
        ("What's 15% of 1,200 phones running Android 14?", 180),
        ("Work out 30% of 90 laptops still on Windows 11.", 27),
        ("The tank holds 2,250 litres of rosé. How many 75 cl bottles will that fill?", 3000),
        ("Work out how many 75 cl bottles we get from 1,800 litres", 2400),
        ("How many 50cl bottles can I fill from 20 litres?", 40),
        ("convert 70 cl to ml", 700),
        ("How many 37.5 cl bottles can we fill from a 300 litre barrel?", 800),
    ],
)  # fmt: skip
async def test_named_code_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "A2 = 5, what's A2 + 3?",
        "The bill was £45: with Bob 20, Sue 25. What did Sue pay?",
        "How much is 20% of 45 with P2 tickets costing 3?",
        "How many 75 cl bottles will that fill?",
    ],
)
async def test_named_code_near_misses(request_text: str):
    await refused(request_text)
