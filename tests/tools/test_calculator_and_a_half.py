"""A whole number of a unit and then 'and a half' ('7 hours and a half', '3 years and a half') is one and a half more
of the unit, as 'an hour and a half' is 1.5 hours; 'and a half day' halves another thing and is left as it was."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("How many minutes there are in 7 hours and a half?", 450),
        ("how many minutes in 7 hours and a half", 450),
        ("3 years and a half in months", 42),
        ("how many days is 2 weeks and a half", 17.5),
        ("2 hours and a half at £20 an hour", 50),
        ("convert 4 miles and a half to km", 7.242048),
    ],
)
async def test_a_number_of_units_and_a_half(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "7 hours and a half day",
        "how many minutes in 7 pizzas and a half",
    ],
)
async def test_a_half_of_something_else_is_not_merged(request_text: str):
    await refused(request_text)
