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


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("What's the area of a room 4.5 m by 3.2 m, and then convert that area to square feet?", 155.0003),
        ("area of a rectangle 4.5 m by 3.2 m, then convert it to square feet", 155.0003),
        ("What's the area of a triangle with base 6 m and height 4 m, then convert it to square feet", 129.1669),
        ("Area of a 6 m by 4 m rectangle? Then convert that area to square yards.", 28.70376),
        ("area of a rectangle 12 ft by 10 ft and then convert that area to square metres", 11.1484),
    ],
)
async def test_a_figures_area_worked_out_then_converted(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, rel=1e-5)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "area of a rectangle 4.5 m by 3.2 m, then convert it to feet",  # an area is not a length
        "a box 2 m by 1 m by 0.5 m, volume in square feet",
        "a rectangle 4.5 m by 3.2 m in square feet and square yards",
    ],
)
async def test_a_figures_measure_in_a_unit_it_cannot_be_is_declined(request_text: str):
    await refused(request_text)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Quick q - how many sq ft is a 30 m² flat?", 322.9173),
        ("my flat is 30 square metres, how many square feet is that?", 322.9173),
        ("I need 40 square metres of turf - how many square yards?", 47.8396),
        ("the plot is 2 acres, what's that in square metres?", 8093.713),
        ("convert my 30 square metre flat to square feet", 322.9173),
        (
            "The landscaper says we need 1,500 sq ft of turf for the back lawn. How many square metres is that?",
            139.3546,
        ),
    ],
)
async def test_an_area_told_in_a_story_is_converted(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, rel=1e-5)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "my flat is 30 square metres, how many square feet is the bedroom?",  # another thing's area
        "my flat is 30 square metres, what's the garden in square feet?",
        "my flat is 30 square metres and the garden half that, how many square feet is that?",
        "my flat is 30 square metres, how many feet is that?",
        "the lawn is 60 square metres and the patio is 20, how many square feet is that?",
    ],
)
async def test_an_area_story_asking_of_something_else_is_declined(request_text: str):
    await refused(request_text)
