"""Formulas that compute something other than their names say: a quantity named in one unit times a rate per another,
divided by the wrong factor ("weight_g * per_kg / 100": grams to kilograms is 1000), and a literal raised to a name
then divided by a literal ("2 ** semitones / 12": ** binds first). Near-misses: the right factor, units the names do
not say, brackets already there, and a power whose exponent is a literal."""

from __future__ import annotations

import pytest

from tests.tools.conftest import review_reply

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


def _python(code: str, ask: str = "Can you review this?") -> str:
    return f"{ask}\n```python\n{code}\n```"


@pytest.mark.parametrize(
    ("code", "factor"),
    [
        ("def price(weight_g, per_kg):\n    return round(weight_g * per_kg / 100, 2)\n\nprint(price(350, 28))", "1000"),
        ("def cost(volume_ml, price_per_litre):\n    return volume_ml * price_per_litre / 100", "1000"),
        ("def fabric(length_cm, price_per_m):\n    return length_cm * price_per_m / 1000", "100"),
        ("def pay(shift_minutes, rate_per_hour):\n    return shift_minutes * rate_per_hour / 100", "60"),
        ("def fare(distance_m, fare_per_km):\n    total = distance_m * fare_per_km / 100\n    return total", "1000"),
    ],
)
async def test_a_rate_per_one_unit_on_a_quantity_in_another_needs_their_factor(code: str, factor: str):
    declined, text = await review_reply(_python(code, "This keeps overcharging, why?"))
    assert not declined and "unit-factor" in text and f"divided by {factor}" in text


@pytest.mark.parametrize(
    ("code", "fixed"),
    [
        ("def note_freq(semitones, a4=440):\n    return a4 * 2 ** semitones / 12", "2 ** (semitones / 12)"),
        ("def gain(db):\n    return 10 ** db / 20", "10 ** (db / 20)"),
        ("def amplitude(level):\n    ratio = 10 ** level / 10\n    return ratio", "10 ** (level / 10)"),
    ],
)
async def test_a_literal_raised_to_a_name_then_divided_is_read_as_precedence(code: str, fixed: str):
    declined, text = await review_reply(_python(code, "The numbers come out silly"))
    assert not declined and "precedence" in text and fixed in text


@pytest.mark.parametrize(
    "code",
    [
        "def price(weight_g, per_kg):\n    return round(weight_g * per_kg / 1000, 2)",
        "def cost(volume_ml, price_per_litre):\n    return volume_ml * price_per_litre / 1000",
        "def pay(shift_minutes, rate_per_hour):\n    return shift_minutes * rate_per_hour / 60",
        "def price(weight, rate):\n    return weight * rate / 100",  # no unit in the names
        "def share(total_g, people):\n    return total_g * people / 100",  # no rate per a unit
        "def note_freq(semitones, a4=440):\n    return a4 * 2 ** (semitones / 12)",
        "def half_square(x):\n    return x ** 2 / 2",  # the exponent is a literal
        "def scaled(base, n):\n    return base ** n / 12",  # the base is a name
    ],
)
async def test_formulas_that_say_what_they_compute_are_not_flagged(code: str):
    _, text = await review_reply(_python(code))
    assert "unit-factor" not in text and "power-precedence" not in text
