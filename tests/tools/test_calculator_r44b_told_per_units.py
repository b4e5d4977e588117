"""Paraphrases of a conversion factor told as a rate of one unit in another ('use 1.609 km per mile'), read as how
big the unit is; near-misses with two factors, a rate of two kinds of thing, or a second question."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Marathon is 26.2 miles. What's that in km? Use 1.609 km per mile.", 42.1558),
        ("The dog is 32 kg. What's that in pounds? Use 2.2046 lb per kg.", 70.5472),
        ("Parcel weighs 5 kg, what is that in pounds? Use 2.2046 lb per kg.", 11.023),
    ],
)
async def test_a_factor_told_per_unit(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "Marathon is 26.2 miles. What's that in km? Use 1.609 km per mile, or 1.61 km per mile.",
        "Marathon is 26.2 miles. What's that in km and in metres? Use 1.609 km per mile.",
        "The dog is 32 kg. What's that in pounds? Use 2.2046 lb per kg. And how much food a day?",
        "Marathon is 26.2 miles and I run 10 km per hour. What's that in km per mile?",
        "The trail rises 80 m per km. What's 12 km in m?",
        "The road climbs 50 feet per mile. How many feet over 8 miles?",
    ],
)
async def test_a_factor_told_per_unit_with_more_asked_is_declined(request_text: str):
    await refused(request_text)
