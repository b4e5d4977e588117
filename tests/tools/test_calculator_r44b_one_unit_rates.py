"""Paraphrases of a rate said around one unit ('28 km for one litre', '€1.89 the litre'), read as per that unit;
near-misses where the one is no unit, a figure is missing or a second question is asked."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My tuk does 28 km for one litre. Today I drove 154 km. How many litres I used?", 5.5),
        ("The scooter gets 40 km on a single litre; the ride is 100 km. How many litres?", 2.5),
        (
            "Mower uses 1.2 L of petrol per hour, I used it 14 hours, petrol was 1.89 € the litre. Cost of petrol?",
            31.75,
        ),
        ("Diesel is €1.60 the litre and the van took 45 litres. What did it cost?", 72),
    ],
)
async def test_a_rate_around_one_unit(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "My tuk does 28 km for one litre. How many litres I used?",
        "My tuk does 28 km for one litre. Today I drove 154 km. How many litres and what did it cost?",
        "Diesel is €1.60 the litre. What did it cost?",
        "Tickets are £5 for one ticket and 3 for £12. How much for 7?",
        "My tuk does 28 km for one litre but only 20 km in town. Today I drove 154 km. How many litres?",
        "Diesel was €1.60 the day before and the van took 45 litres. What did it cost?",
    ],
)
async def test_a_rate_around_one_unit_with_something_missing_is_declined(request_text: str):
    await refused(request_text)
