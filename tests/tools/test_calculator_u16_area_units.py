"""An area said in one unit and asked in another: square units said outright ('square metres', 'sq ft', 'm²',
'm2') or land units (hectares, acres), converted by the square of the length's factor. 'm²' is not a length: a
conversion of it into feet is declined (it was answered as 45 metres in feet)."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("How many square feet are in 45 square metres?", 484.376),
        ("How many square feet is 45 square metres?", 484.376),
        ("45 square metres in square feet", 484.376),
        ("convert 45 m² to ft²", 484.376),
        ("what's 45 sq m in sq ft", 484.376),
        ("45 m2 in ft2", 484.376),
        ("5,000 sq m is how many acres", 1.23553),
        ("2 acres in square metres", 8093.71),
        ("How many square metres in a hectare", 10000),
        ("How many square yards are there in 3 acres?", 14520),
        ("what is one square foot in square inches", 144),
        ("Convert 1,200 square feet into square metres please", 111.484),
    ],
)
async def test_an_area_is_converted_to_the_area_unit_asked(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, rel=1e-5)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "convert 45 m² to feet",  # an area is not a length
        "45 square metres in feet",
        "45 square metres in litres",
        "How many square feet are in 45 metres?",
        "How many square feet are in 45 square metres and 10 square metres?",
        "How many square feet are in 45 square metres per person?",
    ],
)
async def test_an_area_asked_in_another_kind_of_unit_is_declined(request_text: str):
    await refused(request_text)
