"""Paraphrases of the area of a named rectangle asked in a square unit ('the patio is 18 ft by 12 ft, area in square
metres', 'garden 12m x 7.5m whats the area sq m', 'the area of a 7.35 m by 4.62 m church hall in sq m'): worked out
from the lengths and converted to the square unit asked; and near-misses with a second question, lengths with no
unit, a unit of another kind or a part taken away."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The patio is 18 ft by 12 ft. What's its area in square metres?", 20.067),
        ("The decking is 16 ft by 10 ft, what is that in square metres?", 14.864),
        ("bathroom floor 2.4m x 1.8m, how many sq ft is that", 46.500),
        ("Morning! Our allotment plot is 25 m by 10 m. What's the area in square feet?", 2690.978),
        ("Area of a 6 m by 4 m lawn in square yards?", 28.704),
        ("What's the area, in square feet, of a 5 m by 3.5 m bedroom?", 188.368),
        ("Work out the area in sq m of a 20 ft x 12 ft workshop.", 22.297),
        ("garden 12m x 7.5m whats the area sq m", 90),
        ("What's the area in square metres of a 4.5 m by 3.2 m bedroom", 14.4),
        ("Area of a 7.35 m by 4.62 m church hall in sq m?", 33.957),
        ("The hall is 6 m by 4 m, what's the area in square feet?", 258.334),
        ("area of a rectangular patio 5 m by 3.5 m? in square feet", 188.368),
        ("How big a 30 feet by 12 feet plot is in square metres?", 33.445),
    ],
)
async def test_an_area_in_the_square_unit_asked(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.parametrize(
    "request_text",
    [
        "The patio is 18 ft by 12 ft. What's its area in square metres and its perimeter?",
        "The patio is 18 ft by 12 ft. What's its area in litres?",
        "The patio is 18 by 12. What's its area in square metres?",
        "Area in sq m of a 4.5 m by 3.2 m bedroom less the 1 m by 0.5 m cupboard?",
        "What's the area of half the 12m x 7.5m garden in sq m?",
        "What's the area of a 4.5 m by 3.2 m double bedroom in sq ft?",
        "What's the area of a 4.5 m by 3.2 m bedroom in square feet and square metres?",
    ],
)
async def test_a_second_question_or_a_changed_figure_is_declined(request_text: str):
    await refused(request_text)
