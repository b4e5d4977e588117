"""Paraphrases of a question said as its unit alone at the close of a request ('avg mph', 'mph?', 'total metres?',
'area sq m?', 'mins?'), and near-misses where the unit does not fit the measure, a second thing is asked or a
figure is missing."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("did 27 miles in 45 mins on the bike, avg mph", 36),
        ("ran 10 km in 50 minutes. km/h?", 12),
        ("12 mi in 24 mins, mph?", 30),
        ("lace 40cm per cushion, 9 cushions, total metres?", 3.6),
        ("60 miles at 40 mph, mins?", 90),
        ("plot 20m x 15m, area sq m?", 300),
        ("courier did 24 km at 16 km/h - time mins?", 90),
        ("rug 3m by 2m, area sq ft", 64.58),
        ("2.5 kg per sack, 12 sacks, total kg pls", 30),
    ],
)
async def test_a_question_said_as_its_unit(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "did 27 miles in 45 mins on the bike, avg kg",
        "did 27 miles in 45 mins on the bike, area mph",
        "did 27 miles, avg mph",
        "lace per cushion 40cm, total metres?",
        "plot 20m x 15m, area mph?",
        "ran 10 km in 50 minutes and 5 km later, km/h and calories?",
        "60 miles at 40 mph, mins and the fuel?",
        "plot 20m x 15m, avg sq m?",
        "2.5 kg per sack, total kg pls",
    ],
)
async def test_a_unit_that_does_not_fit_is_declined(request_text: str):
    await refused(request_text)
