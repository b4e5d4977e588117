"""Paraphrases of a thing named before its two sides ('an office measuring 12.5 metres by 8.4 metres', 'a window
1.2 m by 0.9 m'), and near-misses with a second thing, a third side asked as an area, or sides in no length."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Kindly work out the floor area, in square metres, of a studio measuring 9 metres by 6.5 metres.", 58.5),
        ("how many square feet is a doorway 0.9 m by 2 m? the builder only talks imperial", 19.38),
        ("What's the perimeter of a paddock that measures 40 m by 25 m?", 130),
        ("The area of a classroom 8 m by 7.5 m, please, in sq m", 60),
        ("what's the area of the kitchen, which measures 4.2 m by 3 m?", 12.6),
    ],
)
async def test_a_thing_named_before_its_sides(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "What is the area of an office measuring 12.5 metres by 8.4 metres and a hall 5 m by 4 m?",
        "What is the area of a studio measuring 9 metres by 6.5 kg?",
        "What's the area of a paddock that measures 40 m by 25 m, less the 10 m by 5 m stable?",
        "What is the area of a studio measuring 9 metres?",
        "What is the area of a table measuring 3 m by 4 m across?",
        "What is the area of a studio measuring 9 metres by 6.5 metres, and what does carpet cost?",
    ],
)
async def test_a_thing_with_more_to_it_is_declined(request_text: str):
    await refused(request_text)
