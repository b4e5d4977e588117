"""A measure asked by its name and a unit ('what delay in milliseconds do I dial in?', 'what's the drop in metres?')
is asked as 'how many <unit>'; a relation ('the difference in ms'), 'that' or a figure after the unit is not."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "Delay tower's 34 metres from the main hang. Taking speed of sound as 343 m/s, what delay in "
            "milliseconds do I dial in?",
            99.13,
        ),  # fmt: skip
        ("the tower is 34 metres away and sound travels 343 m/s. what's the delay in milliseconds?", 99.13),
        ("The delay stack is 51 metres from the stage and sound travels at 343 m/s. What is the delay in ms?", 148.69),
        ("the run is 3 miles. what's the distance in km?", 4.828),
    ],
)
async def test_a_named_measure_in_a_unit_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.01)


@pytest.mark.parametrize(
    "request_text",
    [
        "the tower is 34 metres away and sound travels 343 m/s. what's the difference in milliseconds?",
        "the run is 3 miles each way. what's the distance in km?",
        "I have two boxes at 20 kg each. What's that in lb?",
        "the tower is 34 metres away and sound travels 343 m/s. what's the delay in milliseconds for 2 towers?",
    ],
)
async def test_a_relation_or_a_further_figure_is_declined(request_text: str):
    await refused(request_text)


async def test_a_measure_named_in_a_unit_of_another_kind_is_declined():
    await refused("my field is 240 m by 135 m. what's the perimeter in hectares?")
