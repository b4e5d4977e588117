"""Turns of a wheel over a distance from its circumference (issue 9, tuning_everyday_12): 'Tyre circumference is
2,105 mm. How many wheel revolutions per kilometre?' -> 475.06. A diameter, or no distance, declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Tyre circumference is 2,105 mm. How many wheel revolutions per kilometre?", 475.0594),
        ("a wheel 2 m around, how many turns in 5 km?", 2500),
        ("wheel circumference of 2.1 m, how many rotations in a mile?", 766.3543),
        ("My measuring wheel has a circumference of 1 m. How many revolutions for 250 m?", 250),
    ],
)
async def test_the_distance_over_the_circumference(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.0001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "wheel diameter is 700 mm, how many revolutions per km?",  # a diameter, not the circumference
        "Tyre circumference is 2,105 mm. How many revolutions?",  # over what distance?
        "Tyre circumference is 2,105 mm, 3 wheels. How many revolutions per km?",
    ],
)
async def test_a_diameter_or_no_distance_declines(request_text: str):
    await refused(request_text)
