"""A measure each of a group gives every period, over a stretch ('64 cows averaging 28 litres a day each. How many
litres of milk is that in a week?' is 12,544 litres), worked out as the money amounts each are; a total asked in
another unit, one asked each or a second amount declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "total", "unit"),
    [
        ("64 cows averaging 28 litres a day each. How many litres of milk is that in a week?", 12544, "liters"),
        ("our 4 goats give 3 litres a day each, how many litres in a fortnight?", 168, "liters"),
        ("30 cows at 22 litres a day each - how many litres over a week?", 4620, "liters"),
        ("Three dogs eat 400 grams a day each. How many grams is that in a week?", 8400, "grams"),
        ("my 2 kids drink 0.5 litres of milk a day each. how many litres in a week?", 7, "liters"),
        ("5 ducks eat 0.2 kg a day each. how many kg is that over a year?", 365, "kilograms"),
    ],
)
async def test_a_measure_each_per_period_over_a_stretch(request_text: str, total: float, unit: str):
    answer = await solved(request_text)
    assert answer["result"] == total
    assert answer["unit"] == unit


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "64 cows averaging 28 litres a day each. How many gallons of milk is that in a week?",
        "64 cows averaging 28 litres a day each. How many litres does each give in a week?",
        "64 cows averaging 28 litres a day each, and 10 more litres. How many litres is that in a week?",
    ],
)
async def test_another_unit_one_each_or_a_second_amount_declines(request_text: str):
    await refused(request_text)
