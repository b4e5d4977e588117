"""Round 34: remarks on the unit a thing is in ('my oven is in Fahrenheit', 'the form is in kg') set aside when the
question names the unit; anything more in the remark, or a number not said again, declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My suitcase weighs 50 lb, the airline limit is in kilos. How many kg is that?", 22.6796),
        ("Recipe says 180 C but my oven is in Fahrenheit. What's 180°C in °F?", 356),
        ("The recipe says 350 F but my oven is in Celsius. What's 350°F in °C?", 176.667),
        ("Our thermostat is in Fahrenheit; it is set to 68 F. What is that in Celsius?", 20),
        ("The parcel weighs 12 lb and the courier's form is in kg. How many kg is it?", 5.443),
        ("My bike computer is in miles. I rode 42 km, how many miles is that?", 26.098),
        ("Recipe says 180 C. What's 180°C in °F?", 356),
    ],
)
async def test_a_remark_on_the_asked_unit_is_set_aside(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, rel=1e-3)


@pytest.mark.parametrize(
    "request_text",
    [
        "Recipe says 180 C. What's 200°C in °F?",
        "Recipe says 180 C and 20 minutes. What's 180°C in °F?",
        "My suitcase weighs 50 lb, the airline limit is 23 kilos. How many kg is that?",
        "My suitcase weighs 50 lb, the airline limit is in kilos. How much over is it?",
    ],
)
async def test_a_remark_that_says_more_is_declined(request_text: str):
    await refused(request_text)
