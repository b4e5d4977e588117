"""A rate over a stated amount written with a slash ('6.5 l/100km', '7 L/100 km') is read as 'per 100 km' is: the
fuel for a trip, and its cost at a price per litre ('trip of 480 km, car uses 6.5 l/100km, fuel is 1.80 per litre'
is 56.16)."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("trip of 480 km, car uses 6.5 l/100km, fuel is 1.80 per litre, how much will fuel cost", 56.16),
        ("trip of 480 km, car uses 6.5 l/100km, fuel is £1.80 per litre, how much will fuel cost", 56.16),
        ("480 km, 6.5 l/100km, £1.80 per litre, how much will fuel cost", 56.16),
        ("my car uses 6.5 l/100km. how much fuel for 480 km?", 31.2),
        (
            "a 480 km trip at 6.5 l/100km, petrol £1.80 per litre and I get 10% off fuel. how much will fuel cost",
            50.544,
        ),
        ("Drive is 350 miles, the car does 7 l/100km and diesel is €1.65 a litre. What will the diesel cost?", 65.0561),
    ],
)
async def test_a_slashed_rate_over_an_amount_is_read_per_that_amount(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, rel=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "trip of 480 km, car uses 6.5 l/100km in town and 5 l/100km on the motorway, fuel is £1.80 per litre, how "
        "much will fuel cost",
        "trip of 480 km, car uses 6.5 l/100km, fuel is £1.80 per litre, how much will fuel cost per person",
        "trip of 480 km, car uses 6.5 l/100km, how much will fuel cost",  # no price
    ],
)
async def test_a_slashed_rate_with_something_unsaid_is_declined(request_text: str):
    await refused(request_text)
