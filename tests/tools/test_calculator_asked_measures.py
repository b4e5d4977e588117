"""'How much' with no money in the request asks for the stuff in the one unit the story measures it in: 'Each show
uses 1.6 litres of fog fluid. How much do we need for 22 shows?' is 35.2 litres; money or a second unit declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_how_much_asks_the_one_unit_measured():
    answer = await solved(
        "Each show uses about 1.6 litres of fog fluid. How much do we need for a run of twenty-two shows?"
    )
    assert answer["result"] == pytest.approx(35.2)


async def test_two_units_with_nothing_named_are_declined():
    await refused("Each show uses 1.6 litres of fluid and 2 kg of confetti. How much do we need for 22 shows?")


async def test_how_much_of_a_stuff_given_beside_a_second_measured_stuff_declines():
    await refused("Use 10 ml of bleach per 2 litres of water. I have 7 litres of water. How much water?")
