"""A conversion asked indirectly ('my cousin keeps asking what 30 degrees Celsius is in Fahrenheit', 'what 5 miles
would be in km') or of a dial that is set ('my oven is set to 180 C, what's that in Fahrenheit?') is answered; a
second quantity or a changed one still declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "converted"),
    [
        ("My pen pal keeps asking what 30 degrees Celsius is in Fahrenheit. What is it?", 86),
        ("my friend wants to know what 5 miles would be in km", 8.05),
        ("My dad asked what 100 kg is in pounds", 220.46),
        ("what 25 degrees celsius is in fahrenheit?", 77),
        ("The kids want to know what 2 kg is in pounds", 4.41),
        ("my oven is set to 180 C, what's that in Fahrenheit?", 356),
        ("the thermostat is set at 68 F. what is that in celsius?", 20),
        ("The grill is preheated to 220 C - what is that in F?", 428),
    ],
)
async def test_a_conversion_asked_indirectly_is_answered(request_text: str, converted: float):
    answer = await solved(request_text)
    assert answer["result"] == pytest.approx(converted, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "My cousin keeps asking what 30 degrees Celsius is in Fahrenheit, and what 40 is.",
        "my friend wants to know what half of 5 miles would be in km",
        "my oven is set to 180 C but runs 10 degrees hot, what's that in Fahrenheit?",
    ],
)
async def test_more_than_one_quantity_or_a_changed_one_declines(request_text: str):
    await refused(request_text)
