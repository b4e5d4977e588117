"""The area of a rectangle told in a story, whatever the place and its cover are called; a surface other than the one
the sides span (walls, a border), another shape or a second figure is not read by the story's shape. Quetzales
written 'Q275' are money, and 'Q1', 'Q2' still quarters of the year."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("My olive grove near Agareb is a rectangle 240 m by 175 m. How many hectares is it?", 4.2),
        ("Our terrace is 12,5 m by 7,2 m. How many m² of shade cloth do I need to cover it all?", 90),
        ("My garage floor is 42 feet by 28 feet. I want to put new cement, how many square feet is the floor?", 1176),
        ("Puttin a new floor in the stage shed, she's 24 ft by 16 ft. How many square feet is that?", 384),
        ("The lawn is 20 by 15 m. How many square metres of turf?", 300),
    ],
)
async def test_the_area_of_a_rectangle_in_a_story(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "The room is 4 m by 3 m. How many m² of paint for the walls?",
        "The pond is 4 m by 3 m and 1 m deep. How many m² is it?",
        "The patio is 6 m by 4 m with a border. How many square metres of border?",
    ],
)
async def test_another_surface_or_a_solid_is_not_read_as_the_rectangle(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Buenas. A tourist buys 3 jade pendants at Q275 each and one bracelet at Q640. How much is the total, please?",
         1465),
        ("Q1 sales were 40,000 and Q2 sales were 52,000. What is the percent increase?", 30),
    ],
)  # fmt: skip
async def test_quetzales_and_quarters(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)
