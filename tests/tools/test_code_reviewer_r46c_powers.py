"""A power written as something else: "weight / height * 2" where the height is meant squared, and "x ^ 2", which is
exclusive-or in Python. Near-misses: a quotient doubled by a name formulas never square, "** 2", and "^" between
flags are not flagged."""

from __future__ import annotations

import pytest

from tests.tools.conftest import review_reply

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


def _python(code: str, ask: str) -> str:
    return f"{ask}\n```python\n{code}\n```"


@pytest.mark.parametrize(
    ("code", "ask"),
    [
        ("def bmi(weight, height):\n    return weight / height * 2\n", "why are my BMI results so weird?"),
        ("def body_mass(kg, height_m):\n    return kg / height_m * 2\n", "Numbers look wrong for every patient."),
        ("def accel(dist, time):\n    return 2 * dist / time * 2\n", "Kindly check this physics helper."),
    ],
)
async def test_a_square_written_as_times_two_is_found(code: str, ask: str):
    declined, text = await review_reply(_python(code, ask))
    assert not declined, text
    assert "square-as-double" in text and "** 2" in text


@pytest.mark.parametrize(
    ("code", "ask"),
    [
        ("def bmi(kg, height_m):\n    return kg / height_m ^ 2\n", "my bmi numbers are way off?"),
        ("def area(side):\n    return side ^ 2\n", "The area is wrong, can u look"),
        ("def volume(r):\n    return 4 / 3 * 3.14159 * r ^ 3\n", "Please review this."),
    ],
)
async def test_a_caret_used_as_a_power_is_found(code: str, ask: str):
    declined, text = await review_reply(_python(code, ask))
    assert not declined, text
    assert "xor-as-power" in text and "**" in text


@pytest.mark.parametrize(
    "code",
    [
        "def avg_double(total, count):\n    return total / count * 2\n",
        "def bmi(weight, height):\n    return weight / height ** 2\n",
        "def toggle(flags, mask):\n    return flags ^ mask\n",
        "def bmi(weight, height):\n    return weight / (height * height)\n",
    ],
)
async def test_a_plain_double_a_real_power_or_a_bit_flip_is_not_flagged(code: str):
    _, text = await review_reply(_python(code, "Please review this."))
    assert "square-as-double" not in text and "xor-as-power" not in text
