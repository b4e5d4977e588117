"""Paraphrases of a closing 'to the nearest <unit>' ('average speed to the nearest km/h', 'in pounds to the nearest
pound'): a whole number of the unit named, converted to it when the givens are in another; and near-misses where the
unit named is not the answer's kind, or the givens do not make the answer."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The farmer drove 73 km in 1 h 25 min. Average speed to the nearest km/h?", 52),
        ("Took the van 73 km in 1 h 25 min. What was the average speed, to the nearest km/h?", 52),
        ("Ran 10 km in 47 minutes - speed to nearest km/h please", 13),
        ("cycled 42 km in 1h 50m avg speed in mph to the nearest mph", 14),
        ("The farmer drove 73 km in 1 h 25 min. Average speed to the nearest mph?", 32),
        ("The farmer drove 73 km in 1 h 25 min. Average speed in km/h to the nearest whole number?", 52),
        ("How many kilometres is a 26.2 mile marathon, to the nearest kilometre?", 42),
        ("My suitcase weighs 23 kg. What is that in pounds to the nearest pound?", 51),
        ("100 kg in pounds to the nearest pound", 220),
        ("venue oven dial is in F, recipe says 350F, what's that in C to nearest degree", 177),
    ],
)
async def test_a_whole_number_of_the_unit_named(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.parametrize(
    "request_text",
    [
        "The farmer drove 73 km in 1 h 25 min. Average speed to the nearest minute?",
        "The farmer drove 73 km in 1 h 25 min. Average speed to the nearest kg?",
        "The farmer drove 73 km. Average speed to the nearest km/h?",
        "My suitcase weighs 23 kg. What is that in litres to the nearest litre?",
        "The farmer drove 73 km in 1 h 25 min and some more after lunch. Average speed to the nearest km/h?",
    ],
)
async def test_a_unit_of_another_kind_or_a_missing_given_is_declined(request_text: str):
    await refused(request_text)
