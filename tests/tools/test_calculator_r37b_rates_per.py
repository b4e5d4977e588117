"""Paraphrases of a rate asked by what it is per ('What's the yield per hectare in kg?'), with the near-misses that
must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.rounds


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("We picked 38,400 kg of Chardonnay off 6.4 hectares this year. What's the yield per hectare in kg?", 6000),
        ("38,400 kg from 6.4 hectares. What's that per hectare?", 6000),
        ("We picked 38,400 kg from 6.4 hectares. How much is that per hectare?", 6000),
        ("I drove 240 miles on 8 gallons. What's that per gallon?", 30),
        ("The field gave 12 tonnes of wheat from 4 hectares. What's the yield per hectare?", 3),
        ("She ran 42 km in 3 hours. What's that per hour?", 14),
        ("We got 3,000 litres of milk from 25 cows. What's the yield per cow?", 120),
    ],
)
async def test_rate_per_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "We picked 38,400 kg from 6.4 hectares. What's the yield per hectare in miles?",
        "We picked 38,400 kg from 6.4 hectares and 2 tonnes from the orchard. What's the yield per hectare?",
        "What's the yield per hectare?",
    ],
)
async def test_rate_per_near_misses(request_text: str):
    await refused(request_text)
