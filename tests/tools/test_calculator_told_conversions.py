"""A conversion asked of the one measure a story tells, the story set aside only when it changes nothing."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_that_asked_of_the_one_measure_in_a_story():
    request = "US supplier's spec says a pallet can be max 2,500 lb. What's that in kg? Our racking is rated in kilos"
    assert (await solved(request))["result"] == pytest.approx(1133.98, abs=0.01)


async def test_a_whole_question_among_a_seat_and_a_comparison():
    request = "Moving the piano. It's 5 ft 3 in long and the alcove is 160 cm. What's 5 ft 3 in in centimetres?"
    assert (await solved(request))["result"] == pytest.approx(160.02)


async def test_a_second_measure_to_convert_is_declined():
    await refused("The crate is 1,800 lb and the pallet adds 40 lb. What's that in kg?")
