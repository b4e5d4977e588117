"""Lots of one size added up ('How many kilos is 14 sacks of 25 kg plus 6 sacks of 10 kg?'), in the unit asked or
the first lot's; a lot sold, a price or a share asked leaves the request to the readers that can place it."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("How many kilos is 14 sacks of 25 kg plus 6 sacks of 10 kg?", 410),
        ("How many kg is 14 sacks of 25 kg?", 350),
        ("14 bags of 25 kg and 6 bags of 10 kg. Total weight?", 410),
        ("3 bottles of 1.5 litres and 4 cans of 330 ml. How many litres in total?", 5.82),
        ("12 boxes of 6 eggs. How many eggs?", 72),
    ],
)
async def test_lots_of_one_size_are_added_up(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "14 sacks of 25 kg plus 6 sacks of 10 kg, 3 sold. How many kg left?",
        "14 sacks of 25 kg at $30. Total?",
        "14 sacks of 25 kg shared by 4 farms. How many kg each?",
    ],
)
async def test_lots_with_more_to_them_are_declined(request_text: str):
    assert await refused(request_text)
