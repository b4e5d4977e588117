"""Paraphrases of a charge for a first unit (an hour, a kilometre) and a rate for every one after it, and
near-misses: no stretch said, a rate with no 'after', another unit, a charge only after a first stretch."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Meter is Rs 100 for first km and after that Rs 85 per km. Trip was 7 km. How much I charge?", 610),
        ("Fare is $3 for the first mile then $2.50 per mile after that. The ride was 12 miles. What's the fare?", 30.5),
        ("Taxi: R40 for the first km, R12 per km thereafter. 15 km trip, what do I charge?", 208),
        ("How much is the fare? It's €4 for the first kilometre and €1.80 per km after. We went 10 km.", 20.2),
        (
            "Call out £85 for the first hour then £45 for every half hour after that. Took 2 and a half hours. Bill?",
            220,
        ),
        ("Rickshaw 9 km today. Rs 60 for the first km, after that Rs 40 per km. how much to ask", 380),
    ],
)
async def test_a_first_unit_then_a_rate_after_it(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Meter is Rs 100 for first km and Rs 85 per km. Trip was 7 km. How much I charge?",
        "Meter is Rs 100 for first km and after that Rs 85 per km. How much I charge?",
        "Meter is Rs 100 for first km and after that Rs 85 per km. Trip was 7 hours. How much I charge?",
        "Waiting charge is Rs 10 per minute after the first 5 minutes. Customer made me wait, how much extra?",
        "Parking is $2 per hour after the first 3 hours. How much do I owe?",
        "Meter is Rs 100 for first km and after that Rs 85 per km. Trip was 7 km plus 20 minutes waiting. How much?",
        "Fare is $3 for the first mile then $2.50 per mile after that. The ride was 12 miles. What's the fare and tip?",
    ],
)
async def test_a_first_unit_without_its_stretch_or_after_is_declined(request_text: str):
    await refused(request_text)
