"""A temperature below zero told in a story keeps its sign ('It says -4 °F outside. What's that in Celsius?' is
-20 °C, never the -15.6 °C of 4 °F); a dash between two numbers is still a range or a subtraction.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "converted"),
    [
        ("The weather app says -4 °F right now. What's that in Celsius?", -20),
        ("my US weather app shows -13 F this morning, what is that in celsius", -25),
        ("it is -10 C outside this morning. what is that in fahrenheit", 14),
        ("The temperature is -12 degrees Celsius. What is that in Fahrenheit?", 10.4),
        ("my freezer shows -18 C. what's that in F?", -0.4),
        ("Forecast for tonight says -40 F, what is that in celsius", -40),
        ("the thermometer reads -5 °C at the bus stop. what's that in fahrenheit?", 23),
    ],
)
async def test_a_temperature_below_zero_keeps_its_sign(request_text: str, converted: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(converted, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "converted"),
    [
        ("It says 4 °F outside. What's that in Celsius?", -15.56),
        ("It's 10 C outside. What's that in Fahrenheit?", 50),
    ],
)
async def test_a_number_without_a_sign_is_read_as_before(request_text: str, converted: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(converted, abs=0.01)


@pytest.mark.anyio
async def test_a_dash_between_two_numbers_is_not_a_sign():
    await refused("It's 30 - 12 C outside, what's that in F")
