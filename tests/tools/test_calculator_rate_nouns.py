"""A rate asked of the one thing counted, by the noun of the verb the story says ('picked' ... 'picks per hour')."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_picks_per_hour_of_the_units_picked():
    request = "Night shift picked 14,380 units in 7.5 hours. What's that in picks per hour? Need it for the KPI board"
    assert (await solved(request))["result"] == pytest.approx(14380 / 7.5)


async def test_a_name_the_story_does_not_make_is_declined():
    await refused("We sold 300 tickets in 5 hours. How many customers per hour?")
