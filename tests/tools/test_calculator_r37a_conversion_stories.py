"""Paraphrases of a conversion story that says when ('last month', 'this week'), sets the quantity beside the thing
('a marathon, 26.2 miles,'), asks in '°C' or says the quantity again, and near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("New American cookbook from my daughter says 350°F. What's that in °C?", 176.667),
        ("The old oven manual from my gran says 220 °C. What's that in °F?", 428),
        ("The van did 1,284 miles last month. What's that in kilometres?", 2066.398),
        ("We drove 640 km this week. How many miles is that?", 397.678),
        ("The baby weighed 3.4 kg last week. What's that in pounds?", 7.496),
        ("How far is a marathon, 26.2 miles, in kilometres?", 42.165),
        ("How far is a half marathon, 13.1 miles, in kilometres?", 21.082),
        ("How heavy is my suitcase (23 kg) in pounds?", 50.706),
        ("How tall is the fence (6 ft) in metres?", 1.829),
        ("Recipe says 200 g of butter and my scale only does ounces. How much is 200 g in ounces?", 7.055),
    ],
)
async def test_a_conversion_story_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.parametrize(
    "request_text",
    [
        "The van did 1,284 miles last month and 900 this month. What's that in kilometres?",
        "I lost 3 kg last month. What's that in pounds?",
        "The van did 1,284 miles in the last 3 months. What's that in kilometres?",
        "How far is half a marathon (26.2 miles) in kilometres?",
        "Customer wants 32 psi but I said 30 psi. What's 32 psi in bar?",
    ],
)
async def test_a_story_that_changes_or_adds_a_quantity_is_declined(request_text: str):
    await refused(request_text)
