"""A conversion by the factor the user gives, when it is the true one rounded ('1 lb = 0.4536 kg'): worked by that
factor; a factor far from the true one, or a reading that is more than the one conversion, is declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("customer wants 25 lb of spuds in kg, 1 lb = 0.4536 kg", 11.34),
        ("convert 25 lb to kg using 1 lb = 0.4536 kg", 11.34),
        ("How many kg is 25 lb? Take 1 lb = 0.4536 kg.", 11.34),
        ("stopping distance 75 m, how many feet is that? 1 m = 3.28084 ft, 1 dp pls", 246.1),
        ("how many lb is 10 kg? 1 lb = 0.4536 kg", 22.05),
        ("The flight is 340 miles. What's that in km, with 1 mile = 1.6093 km?", 547.16),
    ],
)
async def test_a_conversion_by_the_factor_given(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "25 lb in kg, 1 lb = 0.5 kg",
        "how many lb is 10 kg plus 2 kg? 1 lb = 0.4536 kg",
        "2 bags of 25 lb in kg, 1 lb = 0.4536 kg",
        "convert 2 GB to MB using 1 GB = 1,024 MB",
        "The flight is 340 miles. What's that in km, with 1 mile = 1.61 km?",
    ],
)
async def test_a_far_factor_or_more_than_a_conversion_is_declined(request_text: str):
    await refused(request_text)
