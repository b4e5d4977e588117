"""Everyday words for a group of people ('five lads', 'four mates', 'six guys') count the people a bill is shared
among, as 'five friends' does."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_lads_share_a_fare_and_its_tip():
    answer = await solved("Five lads shared a £67.50 fare home from the match and added a 10% tip. How much each?")
    assert answer["result"] == pytest.approx(14.85)


async def test_two_groups_of_people_are_not_read_as_one_count():
    await refused("Two lads and three girls shared a £60 taxi. How much each?")
