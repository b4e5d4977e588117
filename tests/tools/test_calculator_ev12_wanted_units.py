"""A conversion after a clause naming who wants it in which unit (issue 9, tuning_everyday_12): 'Mum only
understands Fahrenheit — her son's temp is 38.6°C, what is that in F?' -> 101.48. A question for another unit than
the clause names declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Mum only understands Fahrenheit — her son's temp is 38.6°C, what is that in F?", 101.48),
        ("Dad thinks in miles. The drive is 120 km, how far is that in miles?", 74.56),
        ("My US friend uses Fahrenheit, it's 20 C here, what's that in fahrenheit", 68),
        ("Grandma only knows pounds: the baby is 3.2 kg, what's that in pounds?", 7.05),
    ],
)
async def test_a_conversion_to_the_unit_the_clause_names(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Mum only understands Fahrenheit — her son's temp is 38.6°C, what is that in Kelvin?",
        "Dad thinks in miles. The drive is 120 km, how far is that in feet?",
        "Mum only understands Fahrenheit and twice the dose — her temp is 38.6°C, what is that in F?",
    ],
)
async def test_a_conversion_to_another_unit_declines(request_text: str):
    await refused(request_text)
