"""Paraphrases of context whose figures the question says again, and near-misses whose context says a figure the
question does not."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Customer wants her tyres at 85 psi but her new pump only shows bar. What's 85 psi in bar?", 5.8605),
        ("The recipe wants 180 °C but my oven dial is only in Fahrenheit. What's 180 °C in °F?", 356),
        ("My sister only thinks in miles and the race is 42 km. How far is 42 km in miles?", 26.0976),
        ("The flat is 68 square metres but the buyer thinks in feet. What's 68 square metres in square feet?", 731.945),
        ("Our bag allowance is 23 kg but the scale is in pounds. Convert 23 kg to pounds.", 50.7063),
        ("She ran 10 km yesterday, very proud. What's 10 km in miles?", 6.2137),
    ],
)
async def test_a_question_saying_the_context_again_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Customer wants 4 tyres at 85 psi. What's 85 psi in bar?",
        "Customer wants her tyres at 85 psi but her pump shows bar. What's 80 psi in bar?",
        "Customer wants 85 psi. I said 90 psi. What's 85 psi in bar?",
        "The quote came to £1,450 and they want a 20% deposit plus £50. What's 20% of £1,450?",
    ],
)
async def test_a_figure_left_out_of_the_question_is_declined(request_text: str):
    await refused(request_text)
