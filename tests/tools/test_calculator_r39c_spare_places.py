"""Paraphrases of places left once a crowd is seated ('18 rows of 22 chairs and 350 parents coming: how many spare
seats?'); near-misses with more people than places, a fourth figure, or another question."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("The marquee has 12 tables of 8 and 90 guests are coming. How many empty places will there be?", 6),
        ("Church seats 30 rows of 14 and we expect 395 visitors for the carol service. How many seats left over?", 25),
        ("Sports hall fits 25 rows of 20 chairs and 430 parents have tickets. How many free seats are there?", 70),
    ],
)
async def test_places_left_after_the_crowd(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "The hall has 18 rows of 22 chairs and 450 parents are coming. How many spare seats?",
        "The hall has 18 rows of 22 chairs and 350 parents are coming, plus 20 staff. How many spare seats?",
        "The hall has 18 rows of 22 chairs and 350 parents are coming. How many seats are needed?",
        "The hall has 18 rows of 22 chairs and 350 parents are coming. How many spare seats per row?",
        "The hall has 18 rows of 22 chairs, 2 of them reserved, and 350 parents are coming. How many spare seats?",
    ],
)
async def test_a_shortfall_or_another_figure_is_declined(request_text: str):
    await refused(request_text)
