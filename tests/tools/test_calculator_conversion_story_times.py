"""A conversion told in a story may say when the quantity was measured ('last month'), set the quantity beside the
thing it measures ('a marathon (26.2 miles)'), ask in a degree unit ('in °C') or say the quantity again in its
question; a story that changes the quantity still declines."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_when_the_quantity_was_measured_changes_nothing():
    answer = await solved("Van did 1,284 miles last month. What's that in kilometres?")
    assert answer["result"] == pytest.approx(2066.4, abs=0.01)


async def test_a_quantity_set_off_beside_the_thing_it_measures():
    answer = await solved("How far is a marathon (26.2 miles) in kilometres?")
    assert answer["result"] == pytest.approx(42.16, abs=0.01)


async def test_a_degree_unit_asked_after_a_story():
    answer = await solved("New American cookbook from my daughter says 350°F. What's that in °C?")
    assert answer["result"] == pytest.approx(176.67, abs=0.01)


async def test_a_stretch_of_time_with_a_number_is_still_declined():
    await refused("The van did 1,284 miles in the last 3 months. What's that in kilometres?")
