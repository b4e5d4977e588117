"""A BMI asked for after a change of weight ('I weigh 80 kg and I'm 180 cm. What's my BMI if I lose 10 kg?' -> 21.6;
it was declined), with the new weight in the working. A change that has happened already, two changes, or
someone else's declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("I weigh 80 kg and I'm 180 cm. What's my BMI if I lose 10 kg?", 21.605),
        ("I'm 1.65 m and weigh 70 kg. What would my BMI be if I put on 5 kg?", 27.548),
        ("I weigh 200 lb and I'm 6 ft. What's my BMI if I lost 20 lb?", 24.412),
        ("I'm 170 cm and 90 kg, what's my BMI if I drop 12 kg?", 26.99),
    ],
)
async def test_the_bmi_after_a_change_of_weight(request_text: str, result: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(result, abs=0.01)
    assert " kg = " in answer["steps"][0]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I weigh 80 kg and I'm 180 cm. I lost 10 kg. What's my BMI?",
        "I weigh 80 kg and I'm 180 cm. What's my BMI if I lose 10 kg and gain 2 kg?",
        "I weigh 80 kg and I'm 180 cm. What's my BMI if my wife loses 10 kg?",
    ],
)
async def test_another_change_declines(request_text: str):
    await refused(request_text)
