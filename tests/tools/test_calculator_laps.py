"""A count said of each one of a group ('the kids did 30 lengths each') is what one of them did, so a distance
asked 'each' is never that count sharing the length out."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
async def test_lengths_each_are_not_shared_out():
    await refused("Our pool is 33.3 m and the kids did 30 lengths each. How many metres each?")


@pytest.mark.anyio
async def test_lengths_of_one_swimmer_are_multiplied():
    assert (await solved("Our pool is 25 m and I swam 40 lengths. How many metres did I swim?"))["result"] == 1000
