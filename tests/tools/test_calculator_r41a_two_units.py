"""A request that asks one figure in two units ('in square metres and in acres') is answered in both or declined,
never in one of them alone; a duration asked 'in hours and minutes' is one form, answered as before."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "first", "second"),
    [
        ("Pitch is 105 m by 68 m. Area in square metres and in acres?", "acres", "7140 square meters"),
        ("the allotment is 40 m by 25 m, area in sq m and in acres pls", "acres", "1000 square meters"),
    ],
)
async def test_one_figure_asked_in_two_units_is_given_in_both(request_text: str, first: str, second: str):
    answer = (await solved(request_text))["answer"]
    assert first in answer and second in answer


@pytest.mark.parametrize(
    "request_text",
    [
        "Our paddock measures 120 m by 80 m - what's that in acres and hectares?",
        "How far is 26.2 miles in km and in metres?",
    ],
)
async def test_one_figure_asked_in_two_units_is_not_half_answered(request_text: str):
    await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Pitch is 105 m by 68 m. Area in acres?", 1.7643),
        ("Our paddock measures 120 m by 80 m - what's that in hectares?", 0.96),
    ],
)
async def test_one_unit_asked_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


async def test_a_duration_in_hours_and_minutes_is_one_form():
    assert (await solved("My shift runs from 19:30 until 07:45. How long is that in hours and minutes?"))["answer"]
